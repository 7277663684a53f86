package org.linkwell.reports.ui;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.linkwell.core.Messages;
import org.linkwell.reports.FunderReport;
import org.linkwell.reports.FunderReportService;
import org.linkwell.reports.ReportPeriod;
import org.linkwell.ui.BackgroundTasks;

/** The Reports page's state: the period, the figures shown, and the workbook being built. */
final class ReportsViewModel {
    private final FunderReportService reports;
    private final BackgroundTasks tasks;
    private final Messages messages;
    final List<PeriodPreset> presets;
    final ObjectProperty<PeriodPreset> preset = new SimpleObjectProperty<>();
    final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    final ObjectProperty<FunderReport> report = new SimpleObjectProperty<>();
    final StringProperty problem = new SimpleStringProperty("");
    final StringProperty status = new SimpleStringProperty("");
    final BooleanProperty withData = new SimpleBooleanProperty(false);
    final BooleanProperty busy = new SimpleBooleanProperty(false);
    final DoubleProperty progress = new SimpleDoubleProperty(0);
    private boolean applyingPreset;

    ReportsViewModel(FunderReportService reports, BackgroundTasks tasks, Messages messages, Clock clock) {
        this.reports = reports;
        this.tasks = tasks;
        this.messages = messages;
        LocalDate today = LocalDate.now(clock);
        this.presets = PeriodPreset.around(today, messages);
        preset.addListener((obs, old, chosen) -> chosen.period().ifPresent(period -> {
            applyingPreset = true;
            from.set(period.from());
            to.set(period.to());
            applyingPreset = false;
        }));
        from.addListener((obs, old, day) -> datesEdited());
        to.addListener((obs, old, day) -> datesEdited());
        preset.set(PeriodPreset.lastEnded(presets, today));
    }

    /** Typing dates by hand makes the choice "other dates", unless they are exactly a preset. */
    private void datesEdited() {
        if (applyingPreset || from.get() == null || to.get() == null) {
            return;
        }
        PeriodPreset match = presets.stream().filter(p -> p.period().map(r -> r.from().equals(from.get())
                && r.to().equals(to.get())).orElse(false)).findFirst().orElse(presets.get(presets.size() - 1));
        if (!match.equals(preset.get())) {
            applyingPreset = true;
            preset.set(match);
            applyingPreset = false;
        }
    }

    /** The chosen period, or empty with a message saying what is wrong. */
    Optional<ReportPeriod> period() {
        if (from.get() == null || to.get() == null) {
            problem.set(messages.get("report.ui.missingDate"));
            return Optional.empty();
        }
        if (to.get().isBefore(from.get())) {
            problem.set(messages.get("report.ui.badPeriod"));
            return Optional.empty();
        }
        problem.set("");
        return Optional.of(new ReportPeriod(from.get(), to.get()));
    }

    void show(java.util.function.Consumer<Throwable> onFailure) {
        period().ifPresent(period -> {
            busy.set(true);
            status.set(messages.get("report.ui.loading"));
            tasks.run(() -> reports.report(period), shown -> {
                busy.set(false);
                report.set(shown);
                status.set(messages.get("report.ui.shown", messages.date(period.from()), messages.date(period.to())));
            }, failure -> {
                busy.set(false);
                status.set("");
                onFailure.accept(failure);
            });
        });
    }

    /** Builds the workbook off the JavaFX thread; progress moves while the rows are written. */
    void export(Path target, java.util.function.Consumer<Throwable> onFailure) {
        Optional<ReportPeriod> period = period();
        if (period.isEmpty()) {
            return;
        }
        busy.set(true);
        progress.set(0);
        status.set(messages.get("report.ui.exporting"));
        boolean data = withData.get();
        double[] lastShown = {0};
        tasks.run(() -> reports.export(period.get(), target, data, fraction -> {
            if (fraction - lastShown[0] >= 0.01 || fraction >= 1.0) {
                lastShown[0] = fraction;
                Platform.runLater(() -> progress.set(fraction));
            }
        }), result -> {
            busy.set(false);
            progress.set(1);
            report.set(result.report());
            status.set(messages.get("report.ui.exported", result.file()));
        }, failure -> {
            busy.set(false);
            progress.set(0);
            status.set(messages.get("report.ui.exportFailed", target));
            onFailure.accept(failure);
        });
    }

    String suggestedFileName() {
        return period().map(p -> "funder-report-" + p.from() + "-to-" + p.to() + ".xlsx").orElse("funder-report.xlsx");
    }
}
