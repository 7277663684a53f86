package org.linkwell.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jooq.Record;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.linkwell.clients.EquityQuestion;
import org.linkwell.referrals.ReferralReason;

/**
 * Every figure of the report equals the same figure counted by an independent plain SQL query over
 * the sample CHC's year. The queries are written differently on purpose (text dates, LIKE, julianday).
 */
class FunderFiguresTest {
    static final ReportPeriod Q1 = ReportPeriod.parseFiscal("2026-27:Q1").orElseThrow();
    static final String FROM = "2026-04-01";
    static final String TO = "2026-06-30";
    static final String MADE = "SELECT sp.* FROM social_prescription sp JOIN social_prescription_status_change c "
            + "ON c.social_prescription_id = sp.id AND c.from_status IS NULL "
            + "WHERE substr(c.changed_at, 1, 10) BETWEEN '" + FROM + "' AND '" + TO + "'";

    static SampleYear year;
    static FunderFigures figures;

    @BeforeAll
    static void load() {
        year = SampleYear.load();
        figures = year.service(OutcomeFigures.NONE).figures(Q1);
    }

    @AfterAll
    static void close() {
        year.close();
    }

    @Test
    void summaryCounts_equalIndependentQueries() {
        FunderFigures.Summary s = figures.summary();
        assertEquals(year.count("SELECT count(*) FROM referral WHERE referred_on BETWEEN ? AND ?", FROM, TO),
                s.referralsReceived());
        assertEquals(year.count("SELECT count(*) FROM (SELECT client_id FROM referral GROUP BY client_id "
                + "HAVING min(referred_on) >= ? AND min(referred_on) <= ?)", FROM, TO), s.newClients());
        assertEquals(year.count("SELECT count(DISTINCT client_id) FROM (SELECT client_id FROM referral WHERE referred_on "
                + "BETWEEN ? AND ? UNION ALL SELECT client_id FROM encounter WHERE occurred_on BETWEEN ? AND ?)",
                FROM, TO, FROM, TO), s.activeClients());
        assertEquals(year.count("SELECT count(DISTINCT r.client_id) FROM referral_status_change c JOIN referral r "
                + "ON r.id = c.referral_id WHERE c.to_status = 'completed' AND substr(c.changed_at, 1, 10) BETWEEN ? AND ?",
                FROM, TO), s.completedClients());
        assertEquals(year.count("SELECT count(*) FROM (" + MADE + ")"), s.prescriptionsMade());
        assertEquals(year.count("SELECT count(*) FROM (" + MADE + ") m WHERE m.id IN (SELECT social_prescription_id "
                + "FROM social_prescription_status_change WHERE to_status IN ('agreed','started','attending','completed'))"),
                s.prescriptionsAgreed());
        assertEquals(year.count("SELECT count(*) FROM (" + MADE + ") m WHERE m.id IN (SELECT social_prescription_id "
                + "FROM social_prescription_status_change WHERE to_status IN ('started','attending','completed'))"),
                s.prescriptionsStarted());
        assertEquals(year.count("SELECT count(*) FROM encounter WHERE occurred_on BETWEEN ? AND ?", FROM, TO),
                s.encounters());
        assertEquals(year.count("SELECT total(minutes) FROM encounter WHERE occurred_on BETWEEN ? AND ?", FROM, TO),
                s.encounterMinutes());
        assertEquals(year.count("SELECT count(DISTINCT client_id) FROM volunteer_hours WHERE worked_on BETWEEN ? AND ?",
                FROM, TO), s.championsActive());
        assertEquals(year.count("SELECT total(minutes) FROM volunteer_hours WHERE worked_on BETWEEN ? AND ?", FROM, TO),
                s.volunteerMinutes());
        assertEquals(year.count("SELECT count(DISTINCT program_id) FROM (" + MADE + ")"), s.programsUsed());
        assertEquals(year.count("SELECT count(DISTINCT p.partner_organization_id) FROM (" + MADE + ") m "
                + "JOIN program p ON p.id = m.program_id"), s.organizationsUsed());
        assertTrue(s.referralsReceived() > 100 && s.prescriptionsMade() > 100 && s.championsActive() > 5,
                "the sample quarter is busy enough to test with");
    }

    @Test
    void breakdowns_equalIndependentQueries() {
        FunderFigures.Summary s = figures.summary();
        assertEquals(grouped("SELECT coalesce(p.category, 'material-support'), count(*) FROM (" + MADE + ") m "
                + "LEFT JOIN program p ON p.id = m.program_id GROUP BY 1"), nonZero(s.prescriptionsByCategory()));
        assertEquals(grouped("SELECT status, count(*) FROM (" + MADE + ") GROUP BY 1"),
                nonZero(s.prescriptionsByStatus()));
        assertEquals(grouped("SELECT coalesce(s.discipline, r.source), count(*) FROM referral r LEFT JOIN staff s "
                + "ON s.id = r.prescriber_id WHERE r.referred_on BETWEEN '" + FROM + "' AND '" + TO + "' GROUP BY 1"),
                nonZero(s.referralsBySource()));
        for (ReferralReason reason : ReferralReason.values()) {
            assertEquals(year.count("SELECT count(*) FROM referral WHERE referred_on BETWEEN ? AND ? "
                    + "AND ',' || reasons || ',' LIKE ?", FROM, TO, "%," + reason.code() + ",%"),
                    s.referralsByReason().get(reason.code()), reason.code());
        }
    }

    @Test
    void daysToFirstContact_medianAndP90_areNearestRank() {
        List<Long> days = year.rows("SELECT CAST(julianday(first_contact_on) - julianday(referred_on) AS INTEGER) "
                + "FROM referral WHERE first_contact_on IS NOT NULL AND referred_on BETWEEN ? AND ? ORDER BY 1", FROM, TO)
                .stream().map(r -> ((Number) r.get(0)).longValue()).toList();
        FunderFigures.Summary s = figures.summary();
        assertEquals(days.size(), s.referralsWithFirstContact());
        assertEquals(days.get((int) Math.ceil(0.5 * days.size()) - 1), (long) s.medianDaysToFirstContact().getAsDouble());
        assertEquals(days.get((int) Math.ceil(0.9 * days.size()) - 1), (long) s.p90DaysToFirstContact().getAsDouble());
    }

    @Test
    void trend_eachMonthEqualsIndependentQueries() {
        Map<String, Long> referrals = grouped("SELECT substr(referred_on, 1, 7), count(*) FROM referral "
                + "WHERE referred_on BETWEEN '" + FROM + "' AND '" + TO + "' GROUP BY 1");
        Map<String, Long> made = grouped("SELECT substr(c.changed_at, 1, 7), count(*) FROM social_prescription_status_change c "
                + "WHERE c.from_status IS NULL AND substr(c.changed_at, 1, 10) BETWEEN '" + FROM + "' AND '" + TO
                + "' GROUP BY 1");
        Map<String, Long> encounters = grouped("SELECT substr(occurred_on, 1, 7), count(*) FROM encounter "
                + "WHERE occurred_on BETWEEN '" + FROM + "' AND '" + TO + "' GROUP BY 1");
        Map<String, Long> newClients = grouped("SELECT substr(first, 1, 7), count(*) FROM (SELECT min(referred_on) AS first "
                + "FROM referral GROUP BY client_id) WHERE first BETWEEN '" + FROM + "' AND '" + TO + "' GROUP BY 1");
        assertEquals(List.of(YearMonth.of(2026, 4), YearMonth.of(2026, 5), YearMonth.of(2026, 6)),
                figures.months().stream().map(FunderFigures.Month::month).toList());
        for (FunderFigures.Month m : figures.months()) {
            String key = m.month().toString();
            assertEquals(referrals.getOrDefault(key, 0L), m.referralsReceived(), key);
            assertEquals(made.getOrDefault(key, 0L), m.prescriptionsMade(), key);
            assertEquals(encounters.getOrDefault(key, 0L), m.encounters(), key);
            assertEquals(newClients.getOrDefault(key, 0L), m.newClients(), key);
        }
        assertEquals(figures.summary().completedClients(),
                figures.months().stream().mapToLong(FunderFigures.Month::completedClients).sum());
    }

    @Test
    void demographics_equalIndependentQueries() {
        String served = "SELECT * FROM client WHERE id IN (SELECT client_id FROM referral WHERE referred_on BETWEEN '"
                + FROM + "' AND '" + TO + "' UNION SELECT client_id FROM encounter WHERE occurred_on BETWEEN '" + FROM
                + "' AND '" + TO + "')";
        FunderFigures.Demographics d = figures.demographics();
        String age = "(CAST(strftime('%Y', '" + TO + "') AS INTEGER) - CAST(strftime('%Y', date_of_birth) AS INTEGER) "
                + "- (strftime('%m-%d', '" + TO + "') < strftime('%m-%d', date_of_birth)))";
        assertEquals(year.count("SELECT count(*) FROM (" + served + ") WHERE " + age + " BETWEEN 65 AND 79"),
                d.ageBands().get("65-79"));
        assertEquals(year.count("SELECT count(*) FROM (" + served + ") WHERE " + age + " BETWEEN 25 AND 44"),
                d.ageBands().get("25-44"));
        assertEquals(year.count("SELECT count(*) FROM (" + served + ") WHERE " + age + " >= 80"),
                d.ageBands().get("80-plus"));
        assertEquals(year.count("SELECT count(*) FROM (" + served + ") WHERE gender = 'woman'"), d.genders().get("woman"));
        assertEquals(year.count("SELECT count(*) FROM (" + served + ") WHERE gender IS NULL OR trim(gender) = ''"),
                d.genders().get("unknown"));
        assertEquals(grouped("SELECT preferred_language, count(*) FROM (" + served + ") GROUP BY 1"),
                nonZero(d.languages()));
        for (EquityQuestion q : EquityQuestion.values()) {
            String column = q.name().toLowerCase(java.util.Locale.ROOT);
            assertEquals(grouped("SELECT coalesce(e." + column + ", 'not-asked'), count(*) FROM (" + served + ") c "
                    + "LEFT JOIN client_equity e ON e.client_id = c.id GROUP BY 1"), nonZero(d.equity().get(q)), column);
        }
        assertEquals(d.clientsServed(), d.ageBands().values().stream().mapToLong(Long::longValue).sum());
    }

    @Test
    void programs_prescribedStartedCompletedEqualIndependentQueries() {
        Map<String, Long> prescribed = grouped("SELECT p.name, count(*) FROM (" + MADE + ") m JOIN program p "
                + "ON p.id = m.program_id GROUP BY p.id");
        Map<String, Long> completed = grouped("SELECT p.name, count(*) FROM (" + MADE + ") m JOIN program p "
                + "ON p.id = m.program_id WHERE m.status = 'completed' GROUP BY p.id");
        assertEquals(prescribed.size(), figures.programs().size());
        for (FunderFigures.ProgramUse use : figures.programs()) {
            assertEquals(prescribed.get(use.name()), use.prescribed(), use.name());
            assertEquals(completed.getOrDefault(use.name(), 0L), use.completed(), use.name());
        }
        Map<String, Long> byOrganization = grouped("SELECT coalesce(o.name, ''), count(*) FROM (" + MADE + ") m "
                + "JOIN program p ON p.id = m.program_id LEFT JOIN partner_organization o ON o.id = p.partner_organization_id "
                + "GROUP BY 1");
        Map<String, Long> reported = new HashMap<>();
        figures.organizations().forEach(o -> reported.put(o.name(), o.prescribed()));
        assertEquals(byOrganization, reported);
    }

    @Test
    void fiscalYear_monthsCoverAprilToMarch() {
        FunderFigures year2026 = year.service(OutcomeFigures.NONE).figures(ReportPeriod.fiscalYear(2026));
        assertEquals(12, year2026.months().size());
        assertEquals(year.count("SELECT count(*) FROM referral WHERE referred_on BETWEEN '2026-04-01' AND '2027-03-31'"),
                year2026.summary().referralsReceived());
        assertEquals(LocalDate.of(2027, 3, 31), year2026.period().to());
    }

    private static Map<String, Long> grouped(String sql) {
        Map<String, Long> counts = new HashMap<>();
        for (Record r : year.rows(sql)) {
            counts.put(String.valueOf(r.get(0)), ((Number) r.get(1)).longValue());
        }
        return counts;
    }

    private static Map<String, Long> nonZero(Map<String, Long> counts) {
        Map<String, Long> kept = new HashMap<>();
        counts.forEach((k, v) -> {
            if (v > 0) {
                kept.put(k, v);
            }
        });
        return kept;
    }
}
