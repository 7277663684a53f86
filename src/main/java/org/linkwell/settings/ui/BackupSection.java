package org.linkwell.settings.ui;

import java.io.File;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import org.linkwell.core.AuditChain;
import org.linkwell.core.Backups;
import org.linkwell.core.Database;
import org.linkwell.core.Messages;
import org.linkwell.ui.BackgroundTasks;
import org.linkwell.ui.Forms;
import org.linkwell.ui.Navigator;

/** Settings → Backups: where copies go, when the last one was made, "back up now", "check the data file". */
public final class BackupSection {
    private final Backups backups;
    private final Database database;
    private final BackgroundTasks tasks;
    private final Messages messages;
    private final Navigator navigator;
    private final TextField folder = new TextField();
    private final Label last = new Label();
    private final VBox view;

    public BackupSection(Backups backups, Database database, BackgroundTasks tasks, Messages messages, Navigator navigator) {
        this.backups = backups;
        this.database = database;
        this.tasks = tasks;
        this.messages = messages;
        this.navigator = navigator;
        folder.setId("settings-backup-folder");
        folder.setEditable(false);
        folder.setAccessibleText(messages.get("settings.backup.folder"));
        folder.setPrefColumnCount(36);
        last.setId("settings-backup-last");
        Button choose = button("settings-backup-choose", "settings.backup.choose", this::chooseFolder);
        Button now = button("settings-backup-now", "settings.backup.now", this::backupNow);
        Button check = button("settings-check-file", "settings.backup.check", this::checkFile);
        Label help = new Label(messages.get("settings.backup.help", Backups.KEEP));
        help.setWrapText(true);
        help.getStyleClass().add("help-text");

        GridPane grid = Forms.grid();
        Forms.row(grid, 0, messages.get("settings.backup.folder"), new HBox(8, folder, choose));
        Forms.row(grid, 1, messages.get("settings.backup.last"), last);
        grid.add(help, 1, 2);
        grid.add(new HBox(8, now, check), 1, 3);
        view = Forms.section(messages.get("settings.backup"), grid);
        refresh();
    }

    public Node view() {
        return view;
    }

    private Button button(String id, String key, Runnable action) {
        Button button = new Button(messages.get(key));
        button.setId(id);
        button.setOnAction(event -> action.run());
        return button;
    }

    private void refresh() {
        tasks.run(() -> new State(backups.folder(), backups.lastBackup().map(this::when).orElse(messages.get("settings.backup.never"))),
                state -> {
                    folder.setText(state.folder().toString());
                    last.setText(state.last());
                });
    }

    private record State(Path folder, String last) {
    }

    private String when(java.time.Instant instant) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(messages.locale()).format(instant.atZone(ZoneId.systemDefault()));
    }

    private void chooseFolder() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(messages.get("settings.backup.choose"));
        File current = new File(folder.getText());
        if (current.isDirectory()) {
            chooser.setInitialDirectory(current);
        }
        File chosen = chooser.showDialog(view.getScene() == null ? null : view.getScene().getWindow());
        if (chosen != null) {
            useFolder(chosen.toPath());
        }
    }

    /** Also the seam tests use, since a native folder chooser cannot be driven headless. */
    void useFolder(Path chosen) {
        tasks.run(() -> {
            backups.chooseFolder(chosen);
            return chosen;
        }, saved -> {
            navigator.say(messages.get("settings.backup.folderSaved"));
            refresh();
        });
    }

    private void backupNow() {
        navigator.say(messages.get("settings.backup.working"));
        tasks.run(backups::backupNow, written -> {
            navigator.say(messages.get("settings.backup.done", written.getFileName().toString()));
            refresh();
        });
    }

    /** SQLite's integrity check, then the audit log's hash chain. */
    private void checkFile() {
        tasks.run(() -> database.isIntact() ? AuditChain.firstBrokenRow(database).map(row -> messages.get(
                        "settings.backup.check.auditBroken", row)).orElse(messages.get("settings.backup.check.ok"))
                        : messages.get("settings.backup.check.damaged"),
                navigator::say);
    }
}
