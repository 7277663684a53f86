package org.linkwell.sampledata;

import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.linkwell.clients.Client;
import org.linkwell.clients.EquityQuestion;

/** Writes clients as clients.csv: UTF-8 with a byte-order mark (so Excel shows accents), one row each. */
final class ClientCsvWriter {
    static final char BYTE_ORDER_MARK = '\uFEFF';
    static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setRecordSeparator("\n").build();

    private ClientCsvWriter() {
    }

    /** Writes the header and one row per client; closes {@code out}. */
    static int write(Stream<Client> clients, Writer out) throws IOException {
        out.write(BYTE_ORDER_MARK);
        int rows = 0;
        try (CSVPrinter printer = new CSVPrinter(out, FORMAT.builder().setHeader(Column.headers().toArray(String[]::new))
                .build())) {
            Iterator<Client> each = clients.iterator();
            while (each.hasNext()) {
                printer.printRecord(row(each.next()));
                rows++;
            }
        }
        return rows;
    }

    static List<String> row(Client client) {
        Client.Identity id = client.identity();
        Client.Contact contact = client.contact();
        Client.Consent consent = client.consent();
        Client.Strengths strengths = client.strengths();
        List<String> row = new ArrayList<>(Column.values().length);
        row.addAll(List.of(id.chartNumber(), id.givenName(), id.familyName(), id.preferredName(), id.pronouns(),
                date(id.dateOfBirth()), id.gender(), id.language().code(), id.languageOther()));
        row.addAll(List.of(contact.phone(), contact.email(), contact.street(), contact.city(), contact.province(),
                contact.postalCode(), yesNo(contact.mayPhone()), yesNo(contact.mayText()), yesNo(contact.mayEmail()),
                yesNo(contact.mayLeaveMessage())));
        row.addAll(List.of(yesNo(consent.given()), date(consent.on()),
                consent.method().map(Client.ConsentMethod::code).orElse(""), consent.recordedBy()));
        row.addAll(List.of(CsvLists.codes(strengths.interestCodes()), strengths.interestsNote(), strengths.goals(),
                strengths.gifts(), needs(client.needs()), barriers(client.barriers())));
        for (EquityQuestion question : EquityQuestion.values()) {
            row.add(client.equity().answer(question).orElse(""));
        }
        row.addAll(List.of(date(client.closure().closedOn()), client.closure().reason()));
        return row;
    }

    /** Only flagged needs and present barriers are written: the CSV has no way to say "asked, not a concern". */
    private static String needs(List<Client.Need> needs) {
        return CsvLists.entries(needs.stream().filter(Client.Need::flagged)
                .map(need -> new CsvLists.Entry(need.domain().code(), need.note())).toList());
    }

    private static String barriers(List<Client.Barrier> barriers) {
        return CsvLists.entries(barriers.stream().filter(Client.Barrier::present)
                .map(barrier -> new CsvLists.Entry(barrier.type().code(), barrier.supportProvided())).toList());
    }

    private static String yesNo(boolean value) {
        return value ? "yes" : "no";
    }

    private static String date(Optional<LocalDate> date) {
        return date.map(LocalDate::toString).orElse("");
    }
}
