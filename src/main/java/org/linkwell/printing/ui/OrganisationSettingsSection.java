package org.linkwell.printing.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.linkwell.ui.Converters;
import org.linkwell.core.Messages;
import org.linkwell.printing.Letterhead;
import org.linkwell.printing.PaperSize;
import org.linkwell.printing.PrintoutSettings;
import org.linkwell.ui.BackgroundTasks;
import org.linkwell.ui.Forms;
import org.linkwell.ui.Navigator;

/** Settings, "Organisation and printouts": what every printout's letterhead says, the paper and the printer. */
public final class OrganisationSettingsSection {
    private final PrintoutSettings settings;
    private final BackgroundTasks tasks;
    private final Messages m;
    private final Navigator navigator;
    private final TextField name = field("settings-chc-name");
    private final TextField address = field("settings-chc-address");
    private final TextField phone = field("settings-chc-phone");
    private final Label logoName = new Label();
    private final ComboBox<PaperSize> paper = new ComboBox<>();
    private final ComboBox<String> printer = new ComboBox<>();
    private final VBox view;
    private Optional<Path> logo = Optional.empty();
    private Optional<Path> newLogo = Optional.empty();

    public OrganisationSettingsSection(PrintoutSettings settings, BackgroundTasks tasks, Messages messages,
                                       Navigator navigator) {
        this.settings = settings;
        this.tasks = tasks;
        this.m = messages;
        this.navigator = navigator;
        Button chooseLogo = new Button(m.get("settings.printing.logo.choose"));
        chooseLogo.setOnAction(event -> chooseLogo());
        Button removeLogo = new Button(m.get("settings.printing.logo.remove"));
        removeLogo.setOnAction(event -> {
            logo = Optional.empty();
            newLogo = Optional.empty();
            logoName.setText(m.get("settings.printing.logo.none"));
        });
        HBox logoRow = new HBox(10, logoName, chooseLogo, removeLogo);
        logoRow.setAlignment(Pos.CENTER_LEFT);
        paper.setId("settings-paper");
        paper.getItems().setAll(PaperSize.values());
        paper.setConverter(Converters.named(size -> m.get("settings.printing.paper." + size.code())));
        printer.setId("settings-printer");
        printer.setConverter(Converters.named(p -> p.isEmpty() ? m.get("settings.printing.printer.system") : p));
        Button save = new Button(m.get("action.save"));
        save.setId("settings-printing-save");
        save.setOnAction(event -> save());
        GridPane grid = Forms.grid();
        Forms.row(grid, 0, m.get("settings.printing.name"), name);
        Forms.row(grid, 1, m.get("settings.printing.address"), address);
        Forms.row(grid, 2, m.get("settings.printing.phone"), phone);
        Forms.row(grid, 3, m.get("settings.printing.logo"), logoRow);
        Forms.row(grid, 4, m.get("settings.printing.paper"), paper);
        Forms.row(grid, 5, m.get("settings.printing.printer"), printer);
        HBox actions = new HBox(save);
        actions.setAlignment(Pos.CENTER_RIGHT);
        view = Forms.section(m.get("settings.printing"), new VBox(12, grid, actions));
        view.setId("settings-printing");
        tasks.run(() -> new Loaded(settings.letterhead(), printers()), this::show);
    }

    public Node view() {
        return view;
    }

    private record Loaded(Letterhead letterhead, List<String> printers) {
    }

    private static List<String> printers() {
        List<String> names = new ArrayList<>();
        names.add("");
        names.addAll(PrinterJobs.printerNames());
        return names;
    }

    private void show(Loaded loaded) {
        Letterhead l = loaded.letterhead();
        name.setText(l.chcName());
        address.setText(l.address());
        phone.setText(l.phone());
        logo = l.logo();
        logoName.setText(logo.map(p -> p.getFileName().toString()).orElse(m.get("settings.printing.logo.none")));
        paper.setValue(l.paper());
        printer.getItems().setAll(loaded.printers());
        if (!l.defaultPrinter().isEmpty() && !printer.getItems().contains(l.defaultPrinter())) {
            printer.getItems().add(l.defaultPrinter());
        }
        printer.setValue(l.defaultPrinter());
    }

    private void chooseLogo() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(m.get("settings.printing.logo"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PNG, JPEG", "*.png", "*.jpg", "*.jpeg"));
        Optional.ofNullable(chooser.showOpenDialog(view.getScene().getWindow())).map(File::toPath).ifPresent(file -> {
            newLogo = Optional.of(file);
            logoName.setText(file.getFileName().toString());
        });
    }

    private void save() {
        Letterhead edited = new Letterhead(name.getText(), address.getText(), phone.getText(), logo,
                Optional.ofNullable(paper.getValue()).orElse(PaperSize.LETTER),
                Optional.ofNullable(printer.getValue()).orElse(""));
        Optional<Path> chosen = newLogo;
        tasks.run(() -> settings.save(edited, chosen), saved -> {
            newLogo = Optional.empty();
            show(new Loaded(saved, new ArrayList<>(printer.getItems())));
            navigator.say(m.get("settings.printing.saved"));
        });
    }

    private static TextField field(String id) {
        TextField field = new TextField();
        field.setId(id);
        field.setPrefColumnCount(36);
        return field;
    }
}
