package org.linkwell.sampledata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.linkwell.clients.Client;
import org.linkwell.testing.TestDatabases;

class ClientCsvTest {
    private static final LocalDate TODAY = LocalDate.now(TestDatabases.CLOCK);
    private static final Set<String> INTERESTS = Set.copyOf(StoryMaker.INTERESTS);

    @Test
    void readBack_givesTheClientsThatWereWritten() throws IOException {
        List<Client> clients = new SampleDataGenerator(11, TODAY).clients(500).toList();
        StringWriter out = new StringWriter();
        ClientCsvWriter.write(clients.stream(), out);

        assertEquals(clients, reader().read(new StringReader(out.toString())));
    }

    @Test
    void read_badCell_namesSpreadsheetRowAndColumn() {
        List<List<String>> rows = rows(5);
        rows.get(2).set(Column.DATE_OF_BIRTH.ordinal(), "12/03/1950");

        SampleDataException error = assertThrows(SampleDataException.class, () -> reader().read(csv(rows)));

        assertEquals("clients.csv row 4, column date_of_birth: is not a date written as yyyy-mm-dd", error.getMessage());
    }

    @Test
    void read_missingColumn_namesIt() {
        String text = csvText(rows(1)).replaceFirst("gifts,", "");

        SampleDataException error = assertThrows(SampleDataException.class,
                () -> reader().read(new StringReader(text)));

        assertEquals("gifts", error.column().orElseThrow());
    }

    @Test
    void read_headerWithAnEmptyColumnName_isRefusedAsRowOne() {
        String text = csvText(rows(1)).replaceFirst("gifts,", ",");

        SampleDataException error = assertThrows(SampleDataException.class,
                () -> reader().read(new StringReader(text)));

        assertEquals(1, error.row().orElseThrow());
    }

    @Test
    void read_repeatedChartNumber_isRefused() {
        List<List<String>> rows = rows(3);
        rows.get(2).set(Column.CHART_NUMBER.ordinal(), rows.get(0).get(Column.CHART_NUMBER.ordinal()));

        SampleDataException error = assertThrows(SampleDataException.class, () -> reader().read(csv(rows)));

        assertEquals("clients.csv row 4, column chart_number: repeats the chart number of row 2", error.getMessage());
    }

    @Test
    void read_unknownNeedDomainOrEquityAnswer_isRefused() {
        List<List<String>> needs = rows(2);
        needs.get(1).set(Column.NEEDS.ordinal(), "housing: Behind on rent | money: none");
        List<List<String>> equity = rows(2);
        equity.get(0).set(Column.EQUITY_NEWCOMER.ordinal(), "maybe");

        assertEquals("needs", assertThrows(SampleDataException.class, () -> reader().read(csv(needs)))
                .column().orElseThrow());
        assertEquals("equity_newcomer", assertThrows(SampleDataException.class, () -> reader().read(csv(equity)))
                .column().orElseThrow());
    }

    static List<List<String>> rows(int count) {
        List<List<String>> rows = new ArrayList<>();
        new SampleDataGenerator(3, TODAY).clients(count).forEach(c -> rows.add(new ArrayList<>(ClientCsvWriter.row(c))));
        return rows;
    }

    static StringReader csv(List<List<String>> rows) {
        return new StringReader(csvText(rows));
    }

    static String csvText(List<List<String>> rows) {
        try {
            StringWriter out = new StringWriter();
            var printer = ClientCsvWriter.FORMAT.builder().setHeader(Column.headers().toArray(String[]::new)).build()
                    .print(out);
            printer.printRecords(rows);
            printer.flush();
            return out.toString();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static ClientCsvReader reader() {
        return new ClientCsvReader("clients.csv", INTERESTS, TODAY);
    }
}
