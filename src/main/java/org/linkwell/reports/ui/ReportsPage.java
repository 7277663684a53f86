package org.linkwell.reports.ui;

import java.io.File;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Function;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.linkwell.core.Messages;
import org.linkwell.reports.FunderReport;
import org.linkwell.reports.FunderReportService;
import org.linkwell.reports.ReportTable;
import org.linkwell.ui.BackgroundTasks;
import org.linkwell.ui.ErrorReporter;
import org.linkwell.ui.Forms;
import org.linkwell.ui.Page;

/** Reports: choose a period, read the funder figures and charts, export the workbook. */
public final class ReportsPage implements Page {
    private final ReportsViewModel model;
    private final Messages messages;
    private final ErrorReporter errors;
    private final VBox figures = new VBox(16);
    private final Label intro = new Label();
    private final ScrollPane view;
    private Function<String, Optional<Path>> saveTarget = this::askWhereToSave;
    private final ProgressiveRender rendering = new ProgressiveRender();
    private boolean shownOnce;

    public ReportsPage(FunderReportService reports, BackgroundTasks tasks, Messages messages, ErrorReporter errors,
                       Clock clock) {
        this.model = new ReportsViewModel(reports, tasks, messages, clock);
        this.messages = messages;
        this.errors = errors;
        intro.setWrapText(true);
        intro.getStyleClass().add("help-text");
        figures.setId("report-figures");
        model.report.addListener((obs, old, report) -> render(report));

        VBox content = new VBox(16, Forms.pageTitle(messages.get("nav.reports")), intro, periodBar(), exportBar(),
                figures);
        content.setPadding(new Insets(24));
        view = new ScrollPane(content);
        view.setFitToWidth(true);
    }

    private Node periodBar() {
        ComboBox<PeriodPreset> preset = new ComboBox<>();
        preset.setId("report-preset");
        preset.getItems().setAll(model.presets);
        preset.valueProperty().bindBidirectional(model.preset);
        DatePicker from = org.linkwell.ui.Dates.picker(null, messages);
        from.setId("report-from");
        from.valueProperty().bindBidirectional(model.from);
        from.setStyle("-fx-pref-width: 10em;");
        DatePicker to = org.linkwell.ui.Dates.picker(null, messages);
        to.setId("report-to");
        to.valueProperty().bindBidirectional(model.to);
        to.setStyle("-fx-pref-width: 10em;");
        Button show = new Button(messages.get("report.ui.show"));
        show.setId("report-show");
        show.setDefaultButton(true);
        show.disableProperty().bind(model.busy.or(rendering.running()));
        show.setOnAction(event -> model.show(errors::report));
        Label problem = new Label();
        problem.setId("report-problem");
        problem.getStyleClass().add("field-error");
        problem.textProperty().bind(model.problem);
        problem.visibleProperty().bind(model.problem.isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        // A caption stays beside its field; with large text the pairs wrap to a second line instead of shrinking.
        javafx.scene.layout.FlowPane bar = new javafx.scene.layout.FlowPane(16, 8, together(caption("report.ui.preset", preset), preset),
                together(caption("report.ui.from", from), from), together(caption("report.ui.to", to), to), show);
        bar.setAlignment(Pos.CENTER_LEFT);
        return new VBox(6, bar, problem);
    }

    private Node exportBar() {
        CheckBox withData = new CheckBox(messages.get("report.ui.withData"));
        withData.setId("report-with-data");
        withData.selectedProperty().bindBidirectional(model.withData);
        Label help = new Label(messages.get("report.ui.withData.help"));
        help.setWrapText(true);
        help.getStyleClass().add("help-text");
        Button export = new Button(messages.get("report.ui.export"));
        export.setId("report-export");
        export.disableProperty().bind(model.busy.or(rendering.running()));
        export.setOnAction(event -> saveTarget.apply(model.suggestedFileName())
                .ifPresent(path -> model.export(path, errors::report)));
        ProgressBar progress = new ProgressBar();
        progress.setId("report-progress");
        progress.progressProperty().bind(model.progress);
        progress.visibleProperty().bind(model.busy.or(model.progress.greaterThan(0)));
        progress.setPrefWidth(220);
        Label status = new Label();
        status.setId("report-status");
        status.textProperty().bind(model.status);
        status.setWrapText(true);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        withData.setWrapText(true);
        withData.setMinWidth(0);
        HBox.setHgrow(withData, Priority.SOMETIMES);
        export.setMinWidth(Region.USE_PREF_SIZE);
        HBox bar = new HBox(12, withData, spacer, progress, export);
        bar.setAlignment(Pos.CENTER_LEFT);
        return new VBox(6, bar, help, status);
    }

    private static HBox together(Label caption, Node field) {
        caption.setMinWidth(Region.USE_PREF_SIZE);
        HBox pair = new HBox(8, caption, field);
        pair.setAlignment(Pos.CENTER_LEFT);
        return pair;
    }

    private Label caption(String key, Node field) {
        Label caption = new Label(messages.get(key));
        caption.setLabelFor(field);
        caption.getStyleClass().add("field-label");
        return caption;
    }

    /**
     * Shows the figures a table at a time, one per frame ({@link ProgressiveRender}): a quarter with outcomes by equity
     * group is some 3,000 labels, and styling and laying them out at once held the window still for a second.
     */
    private void render(FunderReport report) {
        rendering.cancel();
        figures.getChildren().clear();
        if (report == null) {
            return;
        }
        String marker = report.suppression().marker();
        intro.setText(messages.get("report.ui.intro", report.suppression().threshold() - 1, marker));
        rendering.add(() -> figures.getChildren().add(ReportCharts.of(report, messages)));
        sheet("summary", report.summary(), marker);
        sheet("trend", java.util.List.of(report.trend()), marker);
        sheet("programs", report.programs(), marker);
        sheet("demographics", report.demographics(), marker);
        if (report.outcomes().isEmpty()) {
            Label none = new Label(messages.get("report.outcomes.none"));
            none.setId("report-outcomes-none");
            VBox body = new VBox(14, none);
            rendering.add(() -> figures.getChildren().add(Forms.section(messages.get("report.sheetTitle.outcomes"), body)));
        } else {
            sheet("outcomes", report.outcomes(), marker);
        }
        rendering.start();
    }

    private void sheet(String id, java.util.List<ReportTable> tables, String marker) {
        VBox body = new VBox(14);
        rendering.add(() -> figures.getChildren().add(Forms.section(messages.get("report.sheetTitle." + id), body)));
        tables.forEach(table -> rendering.add(() -> body.getChildren().add(ReportTableView.of(table, marker,
                messages.locale()))));
    }

    private Optional<Path> askWhereToSave(String suggestedName) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("report.ui.exportTitle"));
        chooser.setInitialFileName(suggestedName);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(messages.get("report.ui.fileType"), "*.xlsx"));
        Window owner = view.getScene() == null ? null : view.getScene().getWindow();
        File file = chooser.showSaveDialog(owner);
        return Optional.ofNullable(file).map(File::toPath)
                .map(p -> p.toString().toLowerCase(java.util.Locale.ROOT).endsWith(".xlsx") ? p
                        : p.resolveSibling(p.getFileName() + ".xlsx"));
    }

    /** Tests answer "where to save?" themselves instead of the system's file chooser. */
    void useSaveTarget(Function<String, Optional<Path>> chooser) {
        this.saveTarget = chooser;
    }

    @Override
    public void shown() {
        if (!shownOnce) {
            shownOnce = true;
            model.show(errors::report);
        }
    }

    @Override
    public Node view() {
        return view;
    }
}
