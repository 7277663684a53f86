package org.linkwell.sampledata;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.linkwell.referrals.ReferralStatus;
import org.linkwell.surveys.ScheduleSettings;
import org.linkwell.surveys.SurveyResponse.Mode;
import org.linkwell.surveys.SurveyResponse.Status;

/**
 * Surveys for the sample CHC's journeys, on the default schedule: a baseline when the referral was accepted
 * (most clients), follow-ups at 3 and 6 months for many, with drop-out, declines and clients who could not be
 * reached. Most clients improve, some do not: overall loneliness goes down and wellbeing, mental health and
 * belonging go up, in the direction the Ontario pilot reported. A client's surveys depend only on the seed,
 * their chart number, their referrals and the as-of day; nothing is dated after it.
 */
public final class SurveyGenerator {
    private static final long SALT = 0x7375727665797321L;
    private static final List<String> SCHEDULED = ScheduleSettings.DEFAULT.instrumentIds();
    private static final List<Mode> MODES = List.of(Mode.ON_SCREEN, Mode.PAPER, Mode.PHONE);

    private final long seed;
    private final LocalDate asOf;

    public SurveyGenerator(long seed, LocalDate asOf) {
        this.seed = seed;
        this.asOf = asOf;
    }

    public List<SampleSurveyRow> generate(List<Journeys.ReferralRow> referrals) {
        Map<String, Journeys.ReferralRow> latest = new TreeMap<>();
        for (Journeys.ReferralRow r : referrals) {
            boolean helped = r.status() != ReferralStatus.REJECTED && r.status() != ReferralStatus.CANCELLED;
            if (r.acceptedOn().isPresent() && helped) {
                latest.merge(r.chartNumber(), r, (a, b) -> b.acceptedOn().get().isAfter(a.acceptedOn().get()) ? b : a);
            }
        }
        List<SampleSurveyRow> rows = new ArrayList<>();
        latest.forEach((chart, referral) -> rows.addAll(client(chart, referral.acceptedOn().get())));
        rows.sort(Comparator.comparing(SampleSurveyRow::administeredOn).thenComparing(SampleSurveyRow::chartNumber)
                .thenComparingInt(SampleSurveyRow::timepoint));
        return rows;
    }

    private List<SampleSurveyRow> client(String chart, LocalDate accepted) {
        Pick pick = Pick.forClient(seed ^ SALT, Long.parseLong(chart.replaceAll("\\D", "")));
        double distress = 0.35 + 0.8 * pick.normal();
        double gain = 0.6 + 0.7 * pick.normal();
        boolean wheel = pick.chance(0.35);
        boolean direct = pick.chance(0.3);
        boolean visits = pick.chance(0.45);
        boolean prescriber = pick.chance(0.25);
        List<SampleSurveyRow> rows = new ArrayList<>();
        double[][] outcomes = {{0.86, 0.05, 0.04}, {0.72, 0.05, 0.09}, {0.65, 0.05, 0.12}};
        for (int timepoint = 0; timepoint <= 2; timepoint++) {
            LocalDate on = timepoint == 0 ? accepted.plusDays(pick.between(0, 6))
                    : accepted.plusMonths(ScheduleSettings.DEFAULT.monthsOf(timepoint)).plusDays(pick.between(-10, 20));
            if (on.isAfter(asOf)) {
                break;
            }
            double roll = pick.between(0, 9999) / 10000.0;
            double[] odds = outcomes[timepoint];
            Mode mode = timepoint == 0 ? pick.weighted(MODES, new int[] {70, 20, 10})
                    : pick.weighted(MODES, new int[] {30, 15, 55});
            if (roll >= odds[0] + odds[1] + odds[2]) {
                break;
            }
            if (roll >= odds[0]) {
                Status status = roll < odds[0] + odds[1] ? Status.DECLINED : Status.UNREACHABLE;
                for (String id : SCHEDULED) {
                    rows.add(new SampleSurveyRow(chart, id, 1, timepoint, on, Mode.PHONE, status, Map.of()));
                }
                if (status == Status.DECLINED) {
                    break;
                }
                continue;
            }
            double level = distress - (timepoint == 0 ? 0 : timepoint == 1 ? gain : gain * 1.15 + 0.25 * pick.normal());
            List<String> instruments = new ArrayList<>(SCHEDULED);
            if (direct) {
                instruments.add("loneliness-direct");
            }
            if (wheel) {
                instruments.add("wheel-of-life");
            }
            for (String id : instruments) {
                rows.add(new SampleSurveyRow(chart, id, 1, timepoint, on, mode, Status.COMPLETED,
                        SurveyAnswerMaker.answers(pick, id, level, mode == Mode.PAPER)));
            }
            if (visits && timepoint != 1) {
                rows.add(new SampleSurveyRow(chart, "health-system-use", 1, timepoint, on, Mode.PAPER, Status.COMPLETED,
                        SurveyAnswerMaker.answers(pick, "health-system-use", level, false)));
            }
            if (prescriber && timepoint == 1) {
                rows.add(new SampleSurveyRow(chart, "prescriber-survey", 1, timepoint, on, Mode.PAPER, Status.COMPLETED,
                        SurveyAnswerMaker.answers(pick, "prescriber-survey", level, false)));
            }
        }
        return rows;
    }
}
