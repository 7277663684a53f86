package org.linkwell.reports;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.LongConsumer;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.linkwell.core.Messages;

/**
 * The optional Data sheet, streamed row by row: one de-identified row per social prescription.
 * No name, chart number, birth date, address or note ever reaches it; only the age band and the
 * forward sortation area (first three characters of the postal code).
 */
final class DataSheetWriter {
    static final List<String> COLUMNS = List.of("clientKey", "ageBand", "fsa", "category", "referredOn",
            "prescribedOn", "startedOn", "endedOn", "status", "referralStatus");

    private final Messages messages;
    private final TableWriter writer;
    private final WorkbookStyles styles;
    private final ZoneId zone;
    private final Pseudonyms pseudonyms = new Pseudonyms();

    DataSheetWriter(Messages messages, TableWriter writer, WorkbookStyles styles, ZoneId zone) {
        this.messages = messages;
        this.writer = writer;
        this.styles = styles;
        this.zone = zone;
    }

    void header(Sheet sheet) {
        Row header = sheet.createRow(0);
        for (int c = 0; c < COLUMNS.size(); c++) {
            writer.text(header, c, messages.get("report.data." + COLUMNS.get(c))).setCellStyle(styles.header);
            sheet.setColumnWidth(c, (c == 3 ? 40 : 16) * 256);
        }
        sheet.createFreezePane(0, 1);
    }

    /** Writes each row the repository streams; returns how many. */
    long rows(Sheet sheet, ReportPeriod period, java.util.function.Consumer<java.util.function.Consumer<ReportFacts.DataRow>>
            source, LongConsumer progress) {
        long[] written = {0};
        source.accept(fact -> {
            Row row = sheet.createRow((int) ++written[0]);
            writer.text(row, 0, pseudonyms.of(fact.clientId()));
            writer.text(row, 1, messages.get("report.age." + AgeBand.of(fact.dateOfBirth(), period.to())));
            writer.text(row, 2, fsa(fact.postalCode()));
            writer.text(row, 3, messages.get("category." + fact.category()));
            fact.referredOn().ifPresent(on -> writer.date(row, 4, on));
            writer.date(row, 5, fact.prescribedAt().atZone(zone).toLocalDate());
            fact.startedOn().ifPresent(on -> writer.date(row, 6, on));
            fact.endedOn().ifPresent(on -> writer.date(row, 7, on));
            writer.text(row, 8, messages.get("prescriptionStatus." + fact.status()));
            fact.referralStatus().ifPresent(status -> writer.text(row, 9, messages.get("referralStatus." + status)));
            progress.accept(written[0]);
        });
        return written[0];
    }

    static String fsa(Optional<String> postalCode) {
        String compact = postalCode.orElse("").replaceAll("\\s", "").toUpperCase(Locale.ROOT);
        return compact.length() >= 3 ? compact.substring(0, 3) : "";
    }
}
