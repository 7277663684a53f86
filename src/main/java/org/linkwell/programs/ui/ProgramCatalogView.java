package org.linkwell.programs.ui;

import atlantafx.base.controls.CustomTextField;
import java.time.DayOfWeek;
import java.util.Arrays;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;
import org.linkwell.clients.InterestOption;
import org.linkwell.core.Messages;
import org.linkwell.programs.AccessibilityFeature;
import org.linkwell.programs.Audience;
import org.linkwell.programs.Category;
import org.linkwell.programs.Program;
import org.linkwell.programs.ProgramFilter;

/** Search, filters and the list of matching programs, as cards. */
final class ProgramCatalogView extends VBox {
    private final ListView<Program> list = new ListView<>();

    ProgramCatalogView(ProgramCatalogViewModel model, Messages messages, ProgramTexts texts, HBox actions) {
        getStyleClass().add("program-catalog");
        setSpacing(10);
        setPadding(new Insets(16));

        CustomTextField search = new CustomTextField();
        search.setId("program-search");
        search.setPromptText(messages.get("programs.search.prompt"));
        search.setAccessibleText(messages.get("programs.search.prompt"));
        search.setLeft(new FontIcon(MaterialDesignM.MAGNIFY));
        search.textProperty().bindBidirectional(model.text);

        ComboBox<Category> category = ChoiceBoxes.of("filter-category", Arrays.asList(Category.values()),
                c -> messages.get(c.messageKey()), messages.get("programs.filter.category"), model.category);
        ComboBox<String> interestBox = ChoiceBoxes.of("filter-interest", List.of(),
                code -> model.interests().stream().filter(i -> i.code().equals(code)).findFirst()
                        .map(i -> i.label(messages.isFrench())).orElse(code),
                messages.get("programs.filter.interest"), model.interest);
        model.interests().addListener((javafx.collections.ListChangeListener<InterestOption>) change -> {
            String keep = model.interest.get();
            interestBox.getItems().setAll((String) null);
            model.interests().stream().sorted(java.util.Comparator.comparing(i -> i.label(messages.isFrench())))
                    .map(InterestOption::code).forEach(interestBox.getItems()::add);
            model.interest.set(keep);
        });
        ComboBox<String> language = ChoiceBoxes.of("filter-language", List.of(), texts::language,
                messages.get("programs.filter.language"), model.language);
        model.languages().addListener((javafx.collections.ListChangeListener<String>) change -> {
            String keep = model.language.get();
            language.getItems().setAll((String) null);
            language.getItems().addAll(model.languages());
            model.language.set(keep);
        });
        ComboBox<ProgramFilter.CostFilter> cost = ChoiceBoxes.of("filter-cost",
                Arrays.asList(ProgramFilter.CostFilter.values()),
                c -> messages.get("programs.filter.cost." + c.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-')),
                null, model.cost);
        cost.setAccessibleText(messages.get("program.cost.kind"));
        ComboBox<DayOfWeek> day = ChoiceBoxes.of("filter-day", Arrays.asList(DayOfWeek.values()), texts::dayName,
                messages.get("programs.filter.day"), model.day);
        ComboBox<AccessibilityFeature> access = ChoiceBoxes.of("filter-accessibility",
                Arrays.asList(AccessibilityFeature.values()), a -> messages.get(a.messageKey()),
                messages.get("programs.filter.accessibility"), model.accessibility);
        ComboBox<Audience> audience = ChoiceBoxes.of("filter-audience", Arrays.asList(Audience.values()),
                a -> messages.get(a.messageKey()), messages.get("programs.filter.audience"), model.audience);
        CheckBox inactive = new CheckBox(messages.get("programs.filter.inactive"));
        inactive.setId("filter-inactive");
        inactive.selectedProperty().bindBidirectional(model.includeInactive);
        ToggleButton stale = new ToggleButton();
        stale.setId("filter-stale");
        stale.setAccessibleHelp(messages.get("a11y.programs.stale.help"));
        stale.setGraphic(new FontIcon(MaterialDesignA.ALERT_OUTLINE));
        stale.getStyleClass().add("stale-toggle");
        stale.setMinWidth(javafx.scene.control.Control.USE_PREF_SIZE);
        stale.textProperty().bind(Bindings.createStringBinding(
                () -> messages.get("programs.filter.stale", model.needingCheckProperty().get()), model.needingCheckProperty()));
        stale.selectedProperty().bindBidirectional(model.onlyNeedingCheck);
        Button clear = new Button(messages.get("programs.filter.clear"));
        clear.setId("filter-clear");
        clear.getStyleClass().add("flat");
        clear.setOnAction(event -> model.clearFilters());

        FlowPane filters = new FlowPane(8, 8, category, interestBox, language, cost, day, access, audience);
        HBox toggles = new HBox(12, stale, inactive, clear);
        toggles.setAlignment(Pos.CENTER_LEFT);

        list.setId("program-list");
        list.setAccessibleText(messages.get("programs.tab.programs"));
        list.setItems(model.visible());
        list.setPlaceholder(new Label(messages.get("programs.none")));
        list.setCellFactory(view -> new ProgramCell(model, messages, texts));
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, program) -> {
            if (program != null) {
                model.selectedProperty().set(program);
            }
        });
        model.selectedProperty().addListener((obs, old, program) -> {
            if (program != null && list.getSelectionModel().getSelectedItem() != program) {
                list.getSelectionModel().select(program);
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);

        Label count = new Label();
        count.setId("program-count");
        count.getStyleClass().add("text-muted");
        count.textProperty().bind(Bindings.createStringBinding(
                () -> messages.get("programs.count", model.visible().size(), model.total()), model.visible()));

        search.setMaxWidth(Double.MAX_VALUE);
        actions.getChildren().forEach(node -> ((javafx.scene.control.Control) node).setMinWidth(javafx.scene.control.Control.USE_PREF_SIZE));
        getChildren().addAll(actions, search, filters, toggles, list, count);
    }

    ListView<Program> list() {
        return list;
    }

    /** One program as a card: name, who runs it, when, cost and languages, and a warning if stale. */
    private static final class ProgramCell extends ListCell<Program> {
        private final ProgramCatalogViewModel model;
        private final Messages messages;
        private final ProgramTexts texts;

        ProgramCell(ProgramCatalogViewModel model, Messages messages, ProgramTexts texts) {
            // A zero preferred width lets the card wrap to the list's width instead of scrolling sideways.
            setPrefWidth(0);
            this.model = model;
            this.messages = messages;
            this.texts = texts;
        }

        @Override
        protected void updateItem(Program program, boolean empty) {
            super.updateItem(program, empty);
            if (empty || program == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            Label name = new Label(program.name());
            name.getStyleClass().add("card-title");
            String by = model.catalogProperty().get().organizationName(program);
            Label who = new Label((by.isBlank() ? messages.get("programs.runByChc") : by) + " · "
                    + messages.get(program.category().messageKey()));
            who.getStyleClass().add("text-muted");
            who.setWrapText(true);
            who.maxWidthProperty().bind(widthProperty().subtract(40));
            String when = program.schedules().isEmpty() ? messages.get("programs.noSchedule")
                    : texts.schedule(program.schedules().get(0));
            Label facts = new Label(when + " · " + texts.cost(program.cost()) + " · " + texts.languages(program.languages()));
            facts.setWrapText(true);
            HBox title = new HBox(8, name);
            title.setAlignment(Pos.CENTER_LEFT);
            if (program.needsChecking(model.today())) {
                Label stale = new Label(messages.get("programs.stale"), new FontIcon(MaterialDesignA.ALERT_OUTLINE));
                stale.getStyleClass().add("stale-badge");
                title.getChildren().add(stale);
            }
            if (program.status() != org.linkwell.programs.ProgramStatus.ACTIVE) {
                Label status = new Label(messages.get(program.status().messageKey()));
                status.getStyleClass().add("state-badge");
                title.getChildren().add(status);
            }
            VBox card = new VBox(3, title, who, facts);
            card.setPadding(new Insets(6, 4, 6, 4));
            facts.maxWidthProperty().bind(widthProperty().subtract(40));
            setGraphic(card);
            setText(null);
            setAccessibleText(program.name() + ", " + who.getText() + ", " + facts.getText());
        }
    }
}
