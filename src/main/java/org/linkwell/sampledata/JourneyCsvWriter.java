package org.linkwell.sampledata;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVPrinter;
import org.linkwell.clients.BarrierType;
import org.linkwell.referrals.StaffMember;

/**
 * Writes the journey CSV files as rows arrive, in the format of clients.csv: UTF-8 with a byte-order
 * mark, comma-separated, quoted where needed, {@code \n} line endings, one header row.
 */
final class JourneyCsvWriter implements JourneyGenerator.Sink, Closeable {
    private final Map<JourneyFile, CSVPrinter> printers = new EnumMap<>(JourneyFile.class);
    private final Map<JourneyFile, Integer> rows = new EnumMap<>(JourneyFile.class);

    /** Creates (or replaces) every journey file in {@code folder}. */
    JourneyCsvWriter(Path folder) throws IOException {
        Files.createDirectories(folder);
        try {
            for (JourneyFile file : JourneyFile.values()) {
                BufferedWriter out = Files.newBufferedWriter(folder.resolve(file.fileName), StandardCharsets.UTF_8);
                open(file, out);
            }
        } catch (IOException e) {
            close();
            throw e;
        }
    }

    /** Writes to the given writers, one per file (for tests). */
    JourneyCsvWriter(Map<JourneyFile, Writer> outs) throws IOException {
        for (JourneyFile file : JourneyFile.values()) {
            open(file, outs.get(file));
        }
    }

    private void open(JourneyFile file, Writer out) throws IOException {
        out.write(ClientCsvWriter.BYTE_ORDER_MARK);
        printers.put(file, new CSVPrinter(out, ClientCsvWriter.FORMAT.builder()
                .setHeader(file.columns.toArray(String[]::new)).build()));
        rows.put(file, 0);
    }

    int rows(JourneyFile file) {
        return rows.get(file);
    }

    @Override
    public void staff(Journeys.StaffRow s) throws IOException {
        print(JourneyFile.STAFF, s.key(), s.name(), s.role().code(),
                s.discipline().map(StaffMember.Discipline::code).orElse(""), s.phone(), s.email(), yesNo(s.active()));
    }

    @Override
    public void referral(Journeys.ReferralRow r) throws IOException {
        print(JourneyFile.REFERRALS, r.id(), r.chartNumber(), r.prescriber().orElse(""), r.navigator().orElse(""),
                r.source().code(), date(r.referredOn()), r.urgency().code(),
                CsvLists.codes(r.reasons().stream().map(reason -> reason.code()).toList()), r.otherReason(), r.hopes(),
                date(r.acceptedOn()), date(r.firstContactOn()), date(r.onHoldOn()), r.onHoldReason(),
                date(r.resumedOn()), r.status().code(), r.statusReason(), date(r.closedOn()));
    }

    @Override
    public void encounter(Journeys.EncounterRow e) throws IOException {
        print(JourneyFile.ENCOUNTERS, e.chartNumber(), e.referral().orElse(""), e.navigator().orElse(""),
                date(e.occurredOn()), e.mode().code(), Integer.toString(e.minutes()), e.notes(), e.nextStep(),
                date(e.nextStepDueOn()), yesNo(e.nextStepDone()));
    }

    @Override
    public void prescription(Journeys.PrescriptionRow p) throws IOException {
        print(JourneyFile.PRESCRIPTIONS, p.chartNumber(), p.referral().orElse(""), p.program().orElse(""),
                p.materialSupport(), p.status().code(), p.statusReason(), date(p.suggestedOn()), date(p.agreedOn()),
                date(p.startedOn()), date(p.attendingOn()), date(p.endedOn()),
                CsvLists.codes(p.barriersAddressed().stream().map(BarrierType::code).toList()),
                CsvLists.entries(p.supports().stream().map(s -> new CsvLists.Entry(s.kind(), s.note())).toList()),
                p.notes());
    }

    @Override
    public void champion(Journeys.ChampionRow c) throws IOException {
        print(JourneyFile.CHAMPIONS, c.chartNumber(), date(c.since()), yesNo(c.trainingDone()), c.trainingNote(),
                yesNo(c.active()), CsvLists.entries(c.programs().stream()
                        .map(role -> new CsvLists.Entry(role.program(), role.role().code())).toList()));
    }

    @Override
    public void hours(Journeys.HoursRow h) throws IOException {
        print(JourneyFile.HOURS, h.chartNumber(), h.program().orElse(""), date(h.workedOn()),
                Integer.toString(h.minutes()), h.note());
    }

    private void print(JourneyFile file, String... cells) throws IOException {
        printers.get(file).printRecord(List.of(cells));
        rows.merge(file, 1, Integer::sum);
    }

    @Override
    public void close() throws IOException {
        IOException first = null;
        for (CSVPrinter printer : printers.values()) {
            try {
                printer.close(true);
            } catch (IOException e) {
                first = first == null ? e : first;
            }
        }
        if (first != null) {
            throw first;
        }
    }

    private static String yesNo(boolean value) {
        return value ? "yes" : "no";
    }

    private static String date(LocalDate day) {
        return day.toString();
    }

    private static String date(Optional<LocalDate> day) {
        return day.map(LocalDate::toString).orElse("");
    }
}
