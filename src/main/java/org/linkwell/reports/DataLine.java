package org.linkwell.reports;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ss.usermodel.DateUtil;
import org.linkwell.core.Messages;

/**
 * One row of the Data sheet as its cells will show it: labels in the reader's language, the pseudonymous key, the
 * FSA, and dates as Excel day numbers (NaN: no date). Made on the reading thread, written on the other.
 */
record DataLine(String clientKey, String ageBand, String fsa, String category, double referredOn,
                double prescribedOn, double startedOn, double endedOn, String status, String referralStatus) {
    /** Excel's day number of 1970-01-01 in the 1900 date system (the one new workbooks use). */
    static final int EXCEL_EPOCH_DAY = 25_569;
    private static final LocalDate FIRST_PLAIN_DAY = LocalDate.of(1900, 3, 1);

    /** The day number Excel stores for a date; before March 1900 Excel's own calendar quirk applies (POI's). */
    static double excelDay(LocalDate day) {
        return day.isBefore(FIRST_PLAIN_DAY) ? DateUtil.getExcelDate(day) : day.toEpochDay() + EXCEL_EPOCH_DAY;
    }

    /** Turns facts into lines for one export (one pseudonym key); one thread at a time. */
    static final class Maker {
        private final Messages messages;
        private final LocalDate ageOn;
        private final ZoneId zone;
        private final Pseudonyms pseudonyms = new Pseudonyms();
        /** Label by message key: a few dozen codes, each looked up in the bundle once. */
        private final Map<String, String> labels = new HashMap<>();

        Maker(Messages messages, LocalDate ageOn, ZoneId zone) {
            this.messages = messages;
            this.ageOn = ageOn;
            this.zone = zone;
        }

        DataLine line(ReportFacts.DataRow fact) {
            return new DataLine(pseudonyms.of(fact.clientId()),
                    label("report.age.", AgeBand.of(fact.dateOfBirth(), ageOn)), DataSheetWriter.fsa(fact.postalCode()), label("category.", fact.category()), day(fact.referredOn()),
                    excelDay(LocalDate.ofInstant(fact.prescribedAt(), zone)), day(fact.startedOn()),
                    day(fact.endedOn()), label("prescriptionStatus.", fact.status()),
                    fact.referralStatus().map(status -> label("referralStatus.", status)).orElse(null));
        }

        private String label(String prefix, String code) {
            return labels.computeIfAbsent(prefix + code, messages::get);
        }

        private static double day(Optional<LocalDate> day) {
            return day.isPresent() ? excelDay(day.get()) : Double.NaN;
        }
    }
}
