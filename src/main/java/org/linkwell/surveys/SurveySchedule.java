package org.linkwell.surveys;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Works out a client's scheduled surveys from the day their referral was accepted: the baseline that day, a
 * follow-up each configured number of months after. A timepoint's instrument is done once any response is
 * recorded for it (completed, declined or could not reach), dated from a month before acceptance on. Once a
 * client has declined a survey, the later ones are no longer scheduled: they said no, and asking again at every
 * follow-up would only fill the worklists.
 */
public final class SurveySchedule {
    /** A survey is open this many days before its day, and overdue this many days after. */
    public static final int WINDOW_DAYS = 14;
    /** After this many days past its day an undone survey is given up as missed. */
    public static final int MISSED_AFTER_DAYS = 90;
    private static final int EARLY_DAYS = 30;

    private final ScheduleSettings settings;

    public SurveySchedule(ScheduleSettings settings) {
        this.settings = settings;
    }

    /** Every scheduled timepoint of this client that still has instruments to do, in order. */
    public List<DueSurvey> outstanding(long clientId, LocalDate acceptedOn, List<SurveyRepository.Taken> taken,
                                       LocalDate today) {
        List<DueSurvey> due = new ArrayList<>();
        int last = settings.followUpMonths().size();
        for (SurveyRepository.Taken t : taken) {
            if (t.clientId() == clientId && t.status() == SurveyResponse.Status.DECLINED
                    && !t.on().isBefore(acceptedOn.minusDays(EARLY_DAYS))) {
                last = Math.min(last, t.timepoint());
            }
        }
        for (int timepoint = 0; timepoint <= last; timepoint++) {
            LocalDate dueOn = timepoint == 0 ? acceptedOn : acceptedOn.plusMonths(settings.monthsOf(timepoint));
            int point = timepoint;
            List<String> missing = settings.instrumentIds().stream().filter(id -> taken.stream().noneMatch(t ->
                    t.clientId() == clientId && t.timepoint() == point && t.instrumentId().equals(id)
                            && !t.on().isBefore(acceptedOn.minusDays(EARLY_DAYS)))).toList();
            if (!missing.isEmpty()) {
                due.add(new DueSurvey(clientId, timepoint, dueOn, missing, state(timepoint, dueOn, today)));
            }
        }
        return due;
    }

    /** The first open or overdue survey, if any: what the worklist shows for this client. */
    public Optional<DueSurvey> next(long clientId, LocalDate acceptedOn, List<SurveyRepository.Taken> taken,
                                    LocalDate today) {
        return outstanding(clientId, acceptedOn, taken, today).stream().filter(DueSurvey::isOnWorklist).findFirst();
    }

    static DueSurvey.State state(int timepoint, LocalDate dueOn, LocalDate today) {
        LocalDate opens = timepoint == 0 ? dueOn : dueOn.minusDays(WINDOW_DAYS);
        if (today.isBefore(opens)) {
            return DueSurvey.State.UPCOMING;
        }
        if (today.isAfter(dueOn.plusDays(MISSED_AFTER_DAYS))) {
            return DueSurvey.State.MISSED;
        }
        return today.isAfter(dueOn.plusDays(WINDOW_DAYS)) ? DueSurvey.State.OVERDUE : DueSurvey.State.DUE;
    }
}
