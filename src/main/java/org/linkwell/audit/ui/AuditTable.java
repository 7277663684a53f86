package org.linkwell.audit.ui;

import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.IntFunction;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.linkwell.audit.AuditEntry;
import org.linkwell.audit.AuditPage;
import org.linkwell.audit.AuditQuery;
import org.linkwell.audit.AuditViewerService;
import org.linkwell.audit.AuditWords;
import org.linkwell.core.Messages;
import org.linkwell.ui.BackgroundTasks;
import org.linkwell.ui.Navigator;

/** One answer of the audit viewer: a page of rows, the way to the next and previous pages, and the export. */
final class AuditTable extends VBox {
    private final AuditViewerService service;
    private final BackgroundTasks tasks;
    private final Messages messages;
    private final Navigator navigator;
    private final TableView<AuditEntry> table = new TableView<>();
    private final Label position = new Label();
    private final Button previous;
    private final Button next;
    private final Button export;
    private IntFunction<AuditPage> loader;
    private AuditQuery query;
    private AuditPage shown;

    AuditTable(String id, AuditViewerService service, BackgroundTasks tasks, Messages messages, Navigator navigator,
               ZoneId zone, boolean clientColumn) {
        super(8);
        this.service = service;
        this.tasks = tasks;
        this.messages = messages;
        this.navigator = navigator;
        AuditWords words = new AuditWords(messages);
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(messages.locale());
        table.setId(id + "-table");
        org.linkwell.ui.AccessibleRows.describe(table, messages);
        table.setPlaceholder(new Label(messages.get("audit.none")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column("audit.column.when", e -> when.format(e.at().atZone(zone)), 215));
        table.getColumns().add(column("audit.column.who", AuditEntry::who, 220));
        table.getColumns().add(column("audit.column.action", e -> words.action(e.action()), 170));
        table.getColumns().add(column("audit.column.part", e -> words.part(e.table()), 150));
        if (clientColumn) {
            table.getColumns().add(column("audit.column.client", AuditEntry::clientLabel, 220));
        }
        table.getColumns().add(column("audit.column.breakGlass", e -> words.breakGlass(e.breakGlass()), 120));
        VBox.setVgrow(table, Priority.ALWAYS);
        previous = button(id + "-previous", "audit.previous", () -> load(shown.offset() - AuditViewerService.PAGE_SIZE));
        next = button(id + "-next", "audit.next", () -> load(shown.offset() + AuditViewerService.PAGE_SIZE));
        export = button(id + "-export", "audit.export", this::exportAll);
        position.setId(id + "-position");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(8, position, spacer, previous, next, export);
        bar.setAlignment(Pos.CENTER_LEFT);
        getChildren().setAll(table, bar);
        showPage(new AuditPage(List.of(), 0, 0));
    }

    /** Shows the first page of a new answer. */
    void show(AuditQuery answering, IntFunction<AuditPage> pages) {
        this.query = answering;
        this.loader = pages;
        load(0);
    }

    private void load(int offset) {
        IntFunction<AuditPage> pages = loader;
        tasks.run(() -> pages.apply(Math.max(0, offset)), this::showPage);
    }

    private void showPage(AuditPage page) {
        shown = page;
        table.getItems().setAll(page.rows());
        position.setText(page.total() == 0 ? "" : messages.get("audit.position", page.offset() + 1,
                page.offset() + page.rows().size(), page.total()));
        previous.setDisable(!page.hasPrevious());
        next.setDisable(!page.hasNext());
        export.setDisable(page.total() == 0);
    }

    private void exportAll() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("audit.export"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Excel (*.xlsx)", "*.xlsx"));
        chooser.setInitialFileName("audit.xlsx");
        Optional.ofNullable(chooser.showSaveDialog(getScene().getWindow())).map(java.io.File::toPath)
                .ifPresent(this::exportTo);
    }

    /** Writes the whole answer to {@code file} (tests call it without the file chooser). */
    void exportTo(Path file) {
        AuditQuery answering = query;
        tasks.run(() -> service.export(answering, file),
                rows -> navigator.say(messages.get("audit.exported", rows, file.getFileName().toString())));
    }

    TableView<AuditEntry> table() {
        return table;
    }

    private Button button(String id, String key, Runnable action) {
        Button button = new Button(messages.get(key));
        button.setId(id);
        button.setOnAction(event -> action.run());
        return button;
    }

    private TableColumn<AuditEntry, String> column(String key, Function<AuditEntry, String> value, double width) {
        TableColumn<AuditEntry, String> column = new TableColumn<>(messages.get(key));
        column.setCellValueFactory(row -> new ReadOnlyStringWrapper(value.apply(row.getValue())));
        column.setPrefWidth(width);
        return column;
    }
}
