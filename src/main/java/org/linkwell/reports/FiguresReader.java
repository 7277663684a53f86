package org.linkwell.reports;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jooq.DSLContext;
import org.linkwell.clients.EquityQuestion;
import org.linkwell.programs.Category;
import org.linkwell.referrals.PrescriptionStatus;
import org.linkwell.referrals.ReferralReason;

/** Reads the facts of one period and adds them up into {@link FunderFigures}. */
final class FiguresReader {
    static final List<String> SOURCES = List.of("family-physician", "nurse-practitioner", "nurse", "social-worker",
            "dietitian", "other-provider", "external-agency", "internal", "self-referral");
    static final List<String> GENDERS = List.of("woman", "man", "non-binary", "two-spirit", "another", "unknown");
    static final List<String> LANGUAGES = List.of("en", "fr", "other");

    private final ReportRepository repository;
    private final ZoneId zone;

    FiguresReader(ReportRepository repository, ZoneId zone) {
        this.repository = repository;
        this.zone = zone;
    }

    ReportRepository.Instants instants(ReportPeriod period) {
        return new ReportRepository.Instants(period.from().atStartOfDay(zone).toInstant(),
                period.to().plusDays(1).atStartOfDay(zone).toInstant());
    }

    FunderFigures read(DSLContext dsl, ReportPeriod period) {
        Map<YearMonth, long[]> months = new LinkedHashMap<>();
        period.months().forEach(m -> months.put(m, new long[5]));
        ReportRepository.Instants range = instants(period);

        Tally sources = new Tally(SOURCES, "internal");
        Tally reasons = new Tally(codes(ReferralReason.values()), ReferralReason.OTHER.code());
        Tally.Histogram days = new Tally.Histogram();
        long[] referrals = {0};
        repository.referrals(dsl, period, r -> {
            referrals[0]++;
            months.get(YearMonth.from(r.referredOn()))[0]++;
            sources.add(r.sourceOrDiscipline());
            Arrays.stream(r.reasons().split(",")).filter(code -> !code.isBlank()).forEach(reasons::add);
            r.firstContactOn().ifPresent(first -> days.add(ChronoUnit.DAYS.between(r.referredOn(), first)));
        });
        long[] newClients = {0};
        repository.newClients(dsl, period, month -> {
            newClients[0] += month.count();
            months.get(month.month())[1] += month.count();
        });
        long[] completed = {0};
        repository.completedClients(dsl, range, at -> {
            completed[0]++;
            months.get(YearMonth.from(at.atZone(zone)))[4]++;
        });
        Prescriptions prescriptions = new Prescriptions();
        repository.prescriptions(dsl, range, p -> {
            prescriptions.add(p);
            months.get(YearMonth.from(p.madeAt().atZone(zone)))[2]++;
        });
        long[] encounters = {0, 0};
        repository.encounterDays(dsl, period, day -> {
            encounters[0] += day.encounters();
            encounters[1] += day.minutes();
            months.get(YearMonth.from(day.on()))[3] += day.encounters();
        });
        long[] champions = {0, 0};
        repository.volunteerMinutes(dsl, period, minutes -> {
            champions[0]++;
            champions[1] += minutes;
        });
        FunderFigures.Demographics demographics = demographics(dsl, period);
        List<ReportFacts.ProgramName> names = repository.programNames(dsl);
        List<FunderFigures.ProgramUse> programs = prescriptions.programs(names);
        List<FunderFigures.ProgramUse> organizations = prescriptions.organizations(names);

        FunderFigures.Summary summary = new FunderFigures.Summary(referrals[0], newClients[0],
                demographics.clientsServed(), completed[0], prescriptions.made, prescriptions.agreed,
                prescriptions.started, prescriptions.byCategory.counts(), prescriptions.byStatus.counts(),
                sources.counts(), reasons.counts(), days.total(), days.percentile(0.5), days.percentile(0.9),
                encounters[0], encounters[1], champions[0], champions[1], programs.size(),
                organizations.stream().filter(o -> !o.name().isEmpty()).count());
        List<FunderFigures.Month> trend = months.entrySet().stream().map(e -> new FunderFigures.Month(e.getKey(),
                e.getValue()[0], e.getValue()[1], e.getValue()[2], e.getValue()[3], e.getValue()[4])).toList();
        return new FunderFigures(period, summary, trend, demographics, programs, organizations);
    }

    private FunderFigures.Demographics demographics(DSLContext dsl, ReportPeriod period) {
        Tally ages = new Tally(AgeBand.CODES, "unknown");
        Tally genders = new Tally(GENDERS, "another");
        Tally languages = new Tally(LANGUAGES, "other");
        EquityQuestion[] questions = EquityQuestion.values();
        Tally[] equity = new Tally[questions.length];
        for (int i = 0; i < questions.length; i++) {
            List<String> answers = new java.util.ArrayList<>(questions[i].answers());
            answers.add(FunderFigures.Demographics.NOT_ASKED);
            equity[i] = new Tally(answers, FunderFigures.Demographics.NOT_ASKED);
        }
        long[] served = {0};
        repository.clientsServed(dsl, period, group -> {
            long n = group.clients();
            served[0] += n;
            ages.add(group.ageBand(), n);
            genders.add(group.gender().map(g -> g.strip().toLowerCase(java.util.Locale.ROOT))
                    .filter(g -> !g.isEmpty()).orElse("unknown"), n);
            languages.add(group.language(), n);
            for (int i = 0; i < questions.length; i++) {
                equity[i].add(group.equity().get(i), n);
            }
        });
        Map<EquityQuestion, Map<String, Long>> byQuestion = new LinkedHashMap<>();
        for (int i = 0; i < questions.length; i++) {
            byQuestion.put(questions[i], equity[i].counts());
        }
        return new FunderFigures.Demographics(served[0], ages.counts(), genders.counts(), languages.counts(),
                byQuestion);
    }

    static List<String> codes(Enum<?>[] values) {
        return Arrays.stream(values).map(v -> v.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-')).toList();
    }

    /** Prescriptions added up by category, status, program and partner organisation. */
    private static final class Prescriptions {
        final Tally byCategory = new Tally(codes(Category.values()), ReportFacts.MATERIAL_SUPPORT);
        final Tally byStatus = new Tally(codes(PrescriptionStatus.values()), "suggested");
        final Map<Long, long[]> byProgram = new HashMap<>();
        long made;
        long agreed;
        long started;

        void add(ReportFacts.Prescription p) {
            made++;
            agreed += p.agreed() ? 1 : 0;
            started += p.started() ? 1 : 0;
            byCategory.add(p.category());
            byStatus.add(p.status());
            p.programId().ifPresent(id -> {
                long[] use = byProgram.computeIfAbsent(id, k -> new long[4]);
                use[0]++;
                use[1] += p.agreed() ? 1 : 0;
                use[2] += p.started() ? 1 : 0;
                use[3] += "completed".equals(p.status()) ? 1 : 0;
            });
        }

        List<FunderFigures.ProgramUse> programs(List<ReportFacts.ProgramName> names) {
            return names.stream().filter(n -> byProgram.containsKey(n.id())).map(n -> {
                long[] use = byProgram.get(n.id());
                return new FunderFigures.ProgramUse(n.name(), n.organization().orElse(""), 1, use[0], use[1], use[2],
                        use[3]);
            }).sorted(ORDER).toList();
        }

        /** The CHC's own programs come under the organisation named "". */
        List<FunderFigures.ProgramUse> organizations(List<ReportFacts.ProgramName> names) {
            Map<String, long[]> byOrganization = new HashMap<>();
            Set<Long> seen = new HashSet<>();
            for (ReportFacts.ProgramName n : names) {
                long[] use = byProgram.get(n.id());
                if (use != null && seen.add(n.id())) {
                    long[] total = byOrganization.computeIfAbsent(n.organization().orElse(""), k -> new long[5]);
                    total[0]++;
                    for (int i = 0; i < 4; i++) {
                        total[i + 1] += use[i];
                    }
                }
            }
            return byOrganization.entrySet().stream().map(e -> new FunderFigures.ProgramUse(e.getKey(), "",
                    e.getValue()[0], e.getValue()[1], e.getValue()[2], e.getValue()[3], e.getValue()[4]))
                    .sorted(ORDER).toList();
        }

        private static final java.util.Comparator<FunderFigures.ProgramUse> ORDER = java.util.Comparator
                .comparingLong(FunderFigures.ProgramUse::prescribed).reversed()
                .thenComparing(FunderFigures.ProgramUse::name);
    }
}
