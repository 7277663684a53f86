package org.linkwell.reports;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/** The rows the report repository streams: codes and dates, never names or notes. */
public final class ReportFacts {
    /** The category code of a material support given without a program. */
    public static final String MATERIAL_SUPPORT = "material-support";

    private ReportFacts() {
    }

    /** sourceOrDiscipline: the prescriber's discipline, else the referral's source code. */
    public record Referral(long clientId, LocalDate referredOn, Optional<LocalDate> firstContactOn, String reasons,
                           String sourceOrDiscipline) {
    }

    public record Prescription(Optional<Long> programId, String category, String status, Instant madeAt,
                               boolean agreed, boolean started) {
    }

    /** How many (clients, referrals...) in one month. */
    public record MonthCount(YearMonth month, long count) {
    }

    public record EncounterDay(LocalDate on, long encounters, long minutes) {
    }

    /**
     * How many clients share one profile: age band (an {@link AgeBand} code), gender as recorded, language, and the
     * answer code to each EquityQuestion in declaration order ("" when not asked).
     */
    public record ClientProfile(String ageBand, Optional<String> gender, String language, List<String> equity,
                                long clients) {
    }

    public record ProgramName(long id, String name, String category, Optional<String> organization) {
    }

    public record DataRow(long clientId, Optional<LocalDate> dateOfBirth, Optional<String> postalCode, String category,
                          Optional<LocalDate> referredOn, Optional<String> referralStatus, Instant prescribedAt,
                          Optional<LocalDate> startedOn, Optional<LocalDate> endedOn, String status) {
    }
}
