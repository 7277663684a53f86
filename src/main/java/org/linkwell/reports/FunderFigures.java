package org.linkwell.reports;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.linkwell.clients.EquityQuestion;

/** Every figure of a funder report, exact (before suppression). Maps are keyed by code, in display order. */
public record FunderFigures(ReportPeriod period, Summary summary, List<Month> months, Demographics demographics,
                            List<ProgramUse> programs, List<ProgramUse> organizations) {

    public record Summary(long referralsReceived, long newClients, long activeClients, long completedClients,
                          long prescriptionsMade, long prescriptionsAgreed, long prescriptionsStarted,
                          Map<String, Long> prescriptionsByCategory, Map<String, Long> prescriptionsByStatus,
                          Map<String, Long> referralsBySource, Map<String, Long> referralsByReason,
                          long referralsWithFirstContact, OptionalDouble medianDaysToFirstContact,
                          OptionalDouble p90DaysToFirstContact, long encounters, long encounterMinutes,
                          long championsActive, long volunteerMinutes, long programsUsed, long organizationsUsed) {
    }

    public record Month(YearMonth month, long referralsReceived, long newClients, long prescriptionsMade,
                        long encounters, long completedClients) {
    }

    /** Counts of the clients served; equity answers keyed by answer code, plus {@link #NOT_ASKED}. */
    public record Demographics(long clientsServed, Map<String, Long> ageBands, Map<String, Long> genders,
                               Map<String, Long> languages, Map<EquityQuestion, Map<String, Long>> equity) {
        public static final String NOT_ASKED = "not-asked";
    }

    /** A program (name, its organisation) or a partner organisation (name, programs used). */
    public record ProgramUse(String name, String detail, long programs, long prescribed, long agreed, long started, long completed) {
    }
}
