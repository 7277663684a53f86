package org.linkwell.programs.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javafx.geometry.Pos;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import org.linkwell.exchange.CatalogExchangeService;
import org.linkwell.exchange.ColumnMapping;
import org.linkwell.exchange.ImportException;
import org.linkwell.exchange.ImportPreview;
import org.linkwell.exchange.Sheet;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignH;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.linkwell.clients.ClientService;
import org.linkwell.core.Messages;
import org.linkwell.core.StaleRecordException;
import org.linkwell.core.ValidationException;
import org.linkwell.programs.PartnerOrganization;
import org.linkwell.programs.Program;
import org.linkwell.programs.ProgramService;
import org.linkwell.ui.BackgroundTasks;
import org.linkwell.ui.DialogService;
import org.linkwell.ui.ErrorReporter;
import org.linkwell.ui.Navigator;
import org.linkwell.ui.Page;
import org.linkwell.ui.Shortcut;

/** The program catalog: find the right program for a client in seconds, and keep the listings true. */
public final class ProgramsPage implements Page {
    private static final KeyCombination FIND = Shortcut.FIND.keys().orElseThrow();

    private final ProgramCatalogViewModel model;
    private final Messages messages;
    private final ProgramTexts texts;
    private final DialogService dialogs;
    private final ErrorReporter errors;
    private final Navigator navigator;
    private final HBox actions;
    private final ProgramDetailView detail;
    private final OrganizationsView organizations;
    private boolean editable = true;
    private final TabPane view;

    private final CatalogExchangeService exchange;
    private final BackgroundTasks tasks;

    public ProgramsPage(ProgramService programs, ClientService clients, CatalogExchangeService exchange,
                        BackgroundTasks tasks, Messages messages, DialogService dialogs, ErrorReporter errors,
                        Navigator navigator) {
        this.exchange = exchange;
        this.tasks = tasks;
        this.model = new ProgramCatalogViewModel(programs, clients, tasks);
        this.messages = messages;
        this.texts = new ProgramTexts(messages);
        this.dialogs = dialogs;
        this.errors = errors;
        this.navigator = navigator;

        Button create = new Button(messages.get("programs.new"), new FontIcon(MaterialDesignP.PLUS));
        create.setId("program-new");
        create.getStyleClass().add("accent");
        create.setOnAction(event -> edit(Program.blank()));
        MenuButton importMenu = new MenuButton(messages.get("programs.import"));
        importMenu.setId("program-import");
        MenuItem importSheet = new MenuItem(messages.get("import.menu.spreadsheet"));
        importSheet.setOnAction(event -> chooseImportFile());
        MenuItem importHsds = new MenuItem(messages.get("import.menu.hsds"));
        importHsds.setOnAction(event -> chooseFolder().ifPresent(this::importFrom));
        importMenu.getItems().setAll(importSheet, importHsds);
        MenuButton exportMenu = new MenuButton(messages.get("programs.export"));
        exportMenu.setId("program-export");
        MenuItem exportXlsx = new MenuItem(messages.get("export.menu.xlsx"));
        exportXlsx.setOnAction(event -> chooseExportFile().ifPresent(file -> exportTo(file, false)));
        MenuItem exportHsds = new MenuItem(messages.get("export.menu.hsds"));
        exportHsds.setOnAction(event -> chooseFolder().ifPresent(folder -> exportTo(folder, true)));
        exportMenu.getItems().setAll(exportXlsx, exportHsds);
        actions = new HBox(8, create, importMenu, exportMenu);
        ProgramCatalogView catalog = new ProgramCatalogView(model, messages, texts, actions);
        detail = new ProgramDetailView(model, messages, texts,
                () -> edit(model.selectedProperty().get()), this::verifySelected);
        Node empty = emptyState();
        StackPane right = new StackPane(empty, detail);
        detail.visibleProperty().bind(model.selectedProperty().isNotNull());
        empty.visibleProperty().bind(model.selectedProperty().isNull());
        SplitPane programsSplit = new SplitPane(catalog, right);
        programsSplit.setDividerPositions(0.52);

        Tab programsTab = new Tab(messages.get("programs.tab.programs"), programsSplit);
        programsTab.setId("tab-programs");
        organizations = new OrganizationsView(model, messages, this::editOrganization);
        Tab organizationsTab = new Tab(messages.get("programs.tab.organizations"), organizations);
        organizationsTab.setId("tab-organizations");
        view = new TabPane(programsTab, organizationsTab);
        view.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        view.setId("programs-page");
    }

    private Node emptyState() {
        FontIcon icon = new FontIcon(MaterialDesignH.HAND_HEART_OUTLINE);
        icon.getStyleClass().add("placeholder-icon");
        Label text = new Label(messages.get("programs.empty"));
        text.getStyleClass().add("placeholder-text");
        VBox box = new VBox(12, icon, text);
        box.setAlignment(Pos.CENTER);
        return box;
    }

    private void edit(Program program) {
        dialogs.show(new ProgramEditorDialog(messages, texts, program, model.catalogProperty().get().organizations(),
                model.interests())).ifPresent(edited -> model.save(edited,
                saved -> navigator.say(messages.get("programs.status.saved", saved.name())), this::failed));
    }

    private void verifySelected() {
        Program program = model.selectedProperty().get();
        if (program != null) {
            model.markVerified(program, saved -> navigator.say(messages.get("programs.status.verified", saved.name())),
                    this::failed);
        }
    }

    /** Who reads the catalog only (the desk, prescribers) gets no New, Import, Edit or Mark verified to be refused. */
    public ProgramsPage withAccess(org.linkwell.core.Access access) {
        editable = access.may(org.linkwell.core.Permission.CATALOG_EDIT);
        if (!editable) {
            actions.getChildren().removeIf(node -> !"program-export".equals(node.getId()));
            detail.readOnly();
            organizations.readOnly();
        }
        return this;
    }

    private void editOrganization(PartnerOrganization organization) {
        if (!editable) {
            return;
        }
        dialogs.show(new OrganizationDialog(messages, organization)).ifPresent(edited -> model.saveOrganization(edited,
                saved -> navigator.say(messages.get("organization.status.saved", saved.name())), this::failed));
    }

    private void failed(Throwable failure) {
        if (failure instanceof ValidationException invalid) {
            var first = invalid.errors().get(0);
            dialogs.error(messages.get("error.title"), messages.get(first.messageKey(), first.args()));
        } else if (failure instanceof ImportException refused) {
            dialogs.error(messages.get("import.dialog.title"), refused.problems().stream()
                    .map(p -> messages.get(p.whereKey(), p.whereArgs()) + ": " + messages.get(p.messageKey(), p.args().toArray()))
                    .collect(java.util.stream.Collectors.joining("\n")));
        } else if (failure instanceof StaleRecordException) {
            dialogs.error(messages.get("error.title"), messages.get("error.stale.program"));
            model.load();
        } else {
            errors.report(failure);
        }
    }

    private javafx.stage.Window window() {
        return view.getScene().getWindow();
    }

    private void chooseImportFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("import.menu.spreadsheet"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV, Excel", "*.csv", "*.xlsx"));
        Optional.ofNullable(chooser.showOpenDialog(window())).map(java.io.File::toPath).ifPresent(this::importFrom);
    }

    private Optional<Path> chooseFolder() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(messages.get("import.menu.hsds"));
        return Optional.ofNullable(chooser.showDialog(window())).map(java.io.File::toPath);
    }

    private Optional<Path> chooseExportFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("export.menu.xlsx"));
        chooser.setInitialFileName("programs.xlsx");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Excel", "*.xlsx"));
        return Optional.ofNullable(chooser.showSaveDialog(window())).map(java.io.File::toPath);
    }

    /** Reads a spreadsheet or an HSDS folder, shows the preview, and imports only once the user agrees. */
    public void importFrom(Path path) {
        boolean folder = Files.isDirectory(path);
        tasks.run(() -> {
            if (folder) {
                return new Read(Optional.empty(), ColumnMapping.none(), exchange.previewHsds(path));
            }
            Sheet sheet = exchange.read(path);
            ColumnMapping mapping = exchange.guessMapping(sheet);
            return new Read(Optional.of(sheet), mapping, exchange.preview(sheet, mapping));
        }, read -> {
            ImportDialog dialog = new ImportDialog(messages, path.getFileName().toString(), read.sheet(), read.mapping(),
                    (shown, mapping) -> tasks.run(() -> exchange.preview(read.sheet().orElseThrow(), mapping), shown::show));
            dialog.show(read.preview());
            dialogs.show(dialog).ifPresent(skipBad -> tasks.run(() -> exchange.apply(dialog.current(), skipBad), result -> {
                navigator.say(messages.get("import.done", result.programsCreated(), result.programsUpdated(),
                        result.organizationsCreated(), result.organizationsUpdated()));
                model.load();
            }, this::failed));
        }, this::failed);
    }

    private record Read(Optional<Sheet> sheet, ColumnMapping mapping, ImportPreview preview) {
    }

    public void exportTo(Path target, boolean hsds) {
        tasks.run(() -> {
            if (hsds) {
                exchange.exportHsds(target);
            } else {
                exchange.exportXlsx(target);
            }
            return target;
        }, done -> navigator.say(messages.get("export.done", done.toString())), this::failed);
    }

    public ProgramCatalogViewModel model() {
        return model;
    }

    @Override
    public void onKeyPressed(KeyEvent event) {
        if (FIND.match(event)) {
            view.lookup("#program-search").requestFocus();
            event.consume();
        }
    }

    @Override
    public void shown() {
        model.load();
    }

    @Override
    public Node view() {
        return view;
    }
}
