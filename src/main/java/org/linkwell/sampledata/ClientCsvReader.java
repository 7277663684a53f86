package org.linkwell.sampledata;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.linkwell.clients.Client;
import org.linkwell.clients.ClientRules;
import org.linkwell.core.ValidationException;

/**
 * Reads clients.csv into clients checked and normalised by {@link ClientRules}; the first bad
 * cell stops the reading with a {@link SampleDataException} naming its row and column.
 */
final class ClientCsvReader {
    private static final Map<String, Column> FIELD_COLUMNS = Map.of("givenName", Column.GIVEN_NAME,
            "familyName", Column.FAMILY_NAME, "dateOfBirth", Column.DATE_OF_BIRTH,
            "languageOther", Column.PREFERRED_LANGUAGE_OTHER, "postalCode", Column.POSTAL_CODE,
            "phone", Column.PHONE, "email", Column.EMAIL, "consentOn", Column.CONSENT_ON,
            "consentMethod", Column.CONSENT_METHOD);

    /** The English wording of ClientRules' message keys, for a headless tool without the message bundles. */
    private static final Map<String, String> PROBLEMS = Map.of(
            "validation.required", "is required",
            "validation.dateOfBirth.future", "is in the future",
            "validation.dateOfBirth.tooOld", "is before 1900",
            "validation.languageOther.required", "must name the language when preferred_language is other",
            "validation.postalCode", "is not a Canadian postal code (like K6H 1A1)",
            "validation.phone", "is not a 10-digit phone number (like 613-555-0123)",
            "validation.email", "is not an e-mail address",
            "validation.date.future", "is in the future",
            "validation.consentMethod.required", "must be verbal or written when consent_given is yes");

    private final String source;
    private final Set<String> interestCodes;
    private final LocalDate today;

    /** interestCodes: the vocabulary in the database; today: for the date checks. */
    ClientCsvReader(String source, Set<String> interestCodes, LocalDate today) {
        this.source = source;
        this.interestCodes = Set.copyOf(interestCodes);
        this.today = today;
    }

    List<Client> read(Reader in) throws IOException {
        try (CSVParser parser = parse(withoutByteOrderMark(in))) {
            checkHeader(parser.getHeaderNames());
            List<Client> clients = new ArrayList<>();
            Map<String, Integer> chartRows = new HashMap<>();
            for (CSVRecord record : parser) {
                CsvRow row = new CsvRow(record, source);
                if (!record.isConsistent()) {
                    throw new SampleDataException(source, row.number(), "", "has " + record.size()
                            + " cells but the header has " + parser.getHeaderNames().size());
                }
                Client client = check(row, ClientCsvRows.toClient(row, interestCodes));
                Integer earlier = chartRows.putIfAbsent(client.identity().chartNumber(), row.number());
                if (earlier != null) {
                    throw row.fail(Column.CHART_NUMBER, "repeats the chart number of row " + earlier);
                }
                clients.add(client);
            }
            return clients;
        }
    }

    private CSVParser parse(Reader reader) throws IOException {
        try {
            return ClientCsvWriter.FORMAT.builder().setHeader().setSkipHeaderRecord(true).build().parse(reader);
        } catch (IllegalArgumentException e) {
            // Commons CSV refuses a header with an empty or repeated column name this way.
            throw new SampleDataException(source, 1, "", "the header row is not usable (" + e.getMessage() + ")");
        }
    }

    private void checkHeader(List<String> headers) {
        Set<String> expected = new LinkedHashSet<>(Column.headers());
        for (String header : headers) {
            if (!expected.contains(header)) {
                throw new SampleDataException(source, 1, header, "is not a known column (known: "
                        + String.join(", ", expected) + ")");
            }
        }
        expected.removeAll(headers);
        if (!expected.isEmpty()) {
            throw new SampleDataException(source, 1, expected.iterator().next(), "is missing from the header row");
        }
    }

    private Client check(CsvRow row, Client client) {
        client.closure().closedOn().filter(on -> on.isAfter(today))
                .ifPresent(on -> {
                    throw row.fail(Column.CLOSED_ON, "is in the future");
                });
        try {
            return ClientRules.check(client, today);
        } catch (ValidationException e) {
            ValidationException.FieldError error = e.errors().get(0);
            String column = FIELD_COLUMNS.containsKey(error.field()) ? FIELD_COLUMNS.get(error.field()).header()
                    : error.field().replaceAll("([A-Z])", "_$1").toLowerCase(java.util.Locale.ROOT);
            throw row.fail(column, PROBLEMS.getOrDefault(error.messageKey(), "is not valid"));
        }
    }

    private static BufferedReader withoutByteOrderMark(Reader in) throws IOException {
        BufferedReader reader = new BufferedReader(in);
        reader.mark(1);
        if (reader.read() != ClientCsvWriter.BYTE_ORDER_MARK) {
            reader.reset();
        }
        return reader;
    }
}
