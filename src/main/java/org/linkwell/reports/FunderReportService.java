package org.linkwell.reports;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.DoubleConsumer;
import java.util.function.Supplier;
import org.linkwell.Version;
import org.linkwell.core.Access;
import org.linkwell.core.Database;
import org.linkwell.core.Permission;
import org.linkwell.core.Messages;

/**
 * Funder reports: the figures of a period (for the screen) and the quarterly workbook. Everything
 * is aggregate or de-identified, so nothing here is audited as a view of a client's record.
 */
public final class FunderReportService {
    static final List<String> FIGURES = List.of("referrals", "newClients", "activeClients", "completedClients",
            "prescriptions", "agreed", "started", "uptake", "medianDays", "p90Days", "encounters", "encounterHours",
            "champions", "volunteerHours", "programsUsed", "organizationsUsed");
    static final List<String> TABLES = List.of("byCategory", "byStatus", "bySource", "byReason", "trend",
            "demographics", "outcomes", "byProgram", "completion", "data", "suppression");

    private final Database database;
    private final ReportRepository repository;
    private final OutcomeFigures outcomes;
    private final ReportSettings settings;
    private final Messages messages;
    private final Clock clock;
    private final Supplier<String> chcName;
    private volatile WithheldRecords withheld = WithheldRecords.NONE;
    private final Access access;

    /** Every figure needs {@link Permission#REPORTS}. */
    public FunderReportService(Database database, ReportRepository repository, OutcomeFigures outcomes,
                               ReportSettings settings, Messages messages, Clock clock, Supplier<String> chcName,
                               Access access) {
        this.access = access;
        this.database = database;
        this.repository = repository;
        this.outcomes = outcomes;
        this.settings = settings;
        this.messages = messages;
        this.clock = clock;
        this.chcName = chcName;
    }

    /** The exact figures, before suppression (tests and the benchmark compare these). */
    public FunderFigures figures(ReportPeriod period) {
        access.require(Permission.REPORTS);
        return database.read(dsl -> new FiguresReader(repository, clock.getZone()).read(dsl, period));
    }

    /** The report as people read it: suppression applied, labels in the current language. */
    public FunderReport report(ReportPeriod period) {
        access.require(Permission.REPORTS);
        return report(figures(period));
    }

    FunderReport report(FunderFigures figures) {
        Suppression suppression = settings.suppression();
        SummaryTables summary = new SummaryTables(messages, suppression);
        PeopleTables people = new PeopleTables(messages, suppression);
        String chc = chcName.get();
        return new FunderReport(figures.period(), chc, clock.instant(), Version.current(), suppression,
                summary.summary(figures.summary()), summary.trend(figures.months()),
                people.demographics(figures.demographics()), people.outcomes(outcomes, figures.period()),
                summary.programs(figures.programs(), figures.organizations(), chc), definitions());
    }

    /**
     * Builds the workbook into {@code out} (replacing it). progress: 0 to 1, called from this thread.
     * withData adds the de-identified Data sheet; its rows are then written while a second thread adds up the
     * figures on a connection of its own, so the two take about as long as the longer of them.
     */
    public ExportResult export(ReportPeriod period, Path out, boolean withData, DoubleConsumer progress) {
        access.require(Permission.REPORTS);
        long start = System.nanoTime();
        FiguresReader reader = new FiguresReader(repository, clock.getZone());
        FunderWorkbook workbook = new FunderWorkbook(messages, clock.getZone());
        FunderWorkbook.Written written;
        if (withData) {
            Aside<FunderReport> report = Aside.start("linkwell-report-figures",
                    () -> report(database.<FunderFigures>readAside(dsl -> reader.read(dsl, period))));
            Set<Long> withheldClients = withheld.get();
            FunderWorkbook.DataRows rows = each -> database.read(dsl -> {
                repository.dataRows(dsl, reader.instants(period), WithheldRecords.skipping(withheldClients, each));
                return null;
            });
            written = workbook.write(report::join, period, out, Optional.of(rows), progress);
        } else {
            FunderReport report = report(period);
            progress.accept(0.5);
            written = workbook.write(() -> report, period, out, Optional.empty(), f -> progress.accept(0.5 + f / 2));
        }
        return new ExportResult(written.file(), written.report(), written.cells(), written.dataRows(),
                (System.nanoTime() - start) / 1e9);
    }

    /** The file written, what it says, and how big it is. */
    public record ExportResult(Path file, FunderReport report, long cells, long dataRows, double seconds) {
    }

    /** Leaves the clients whose whole record is withheld out of the Data sheet (they stay in the figures). */
    public FunderReportService withheldFromData(WithheldRecords records) {
        this.withheld = records;
        return this;
    }

    public ReportSettings settings() {
        return settings;
    }

    private List<FunderReport.Definition> definitions() {
        List<FunderReport.Definition> all = new ArrayList<>();
        FIGURES.forEach(f -> all.add(new FunderReport.Definition(messages.get("report.figure." + f),
                messages.get("report.def." + f))));
        TABLES.forEach(t -> all.add(new FunderReport.Definition(messages.get("report.defTitle." + t),
                messages.get("report.def." + t))));
        return all;
    }
}
