package org.linkwell.surveys.ui;

import org.linkwell.ui.Converters;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.linkwell.core.Messages;
import org.linkwell.surveys.InstrumentDefinition;
import org.linkwell.surveys.MeasureChange;
import org.linkwell.surveys.OutcomeQuery;
import org.linkwell.surveys.Surveys;
import org.linkwell.ui.BackgroundTasks;
import org.linkwell.ui.Forms;
import org.linkwell.ui.Page;

/**
 * The Surveys page: the outcomes summary for a date range and a group of clients (paired change of every
 * measure with its 95% confidence interval and the share improved, same, worse), and the instruments in use
 * with their citation and licence. Groups of fewer than five clients show no figures, so no one can be singled out.
 */
public final class SurveysPage implements Page {
    /** Fewer clients than this in a row: the figures are withheld. */
    public static final int SMALL_CELL = 5;

    private final Surveys surveys;
    private final BackgroundTasks tasks;
    private final SurveyTexts texts;
    private final TextField from = new TextField();
    private final TextField to = new TextField();
    private final ComboBox<GroupChoice> group = new ComboBox<>();
    private final TableView<MeasureChange> table = new TableView<>();
    private final Label problem = new Label();
    private final VBox instruments = new VBox(12);
    private final ScrollPane view;
    private final javafx.scene.Node summary;
    private final java.util.function.BiConsumer<InstrumentDefinition, java.util.Locale> printForm;

    /** printForm: shows an instrument's blank paper form in a language (the printing feature does it). */
    public SurveysPage(Surveys surveys, BackgroundTasks tasks, Messages messages,
                       java.util.function.BiConsumer<InstrumentDefinition, java.util.Locale> printForm) {
        this.surveys = surveys;
        this.printForm = printForm;
        this.tasks = tasks;
        this.texts = new SurveyTexts(messages);
        LocalDate today = surveys.responses().today();
        from.setText(today.minusYears(1).plusDays(1).toString());
        to.setText(today.toString());
        from.setId("outcomes-from");
        to.setId("outcomes-to");
        from.setPrefColumnCount(8);
        to.setPrefColumnCount(8);
        group.setId("outcomes-group");
        group.getItems().setAll(GroupChoice.all(messages));
        group.setValue(group.getItems().get(0));
        group.setConverter(Converters.named(GroupChoice::name));
        Button show = new Button(messages.get("outcomes.show"));
        show.setId("outcomes-show");
        show.getStyleClass().add("accent");
        show.setDefaultButton(true);
        show.setOnAction(event -> summarize());
        Label fromLabel = new Label(messages.get("outcomes.from"));
        fromLabel.setLabelFor(from);
        Label toLabel = new Label(messages.get("outcomes.to"));
        toLabel.setLabelFor(to);
        Label groupLabel = new Label(messages.get("outcomes.group"));
        groupLabel.setLabelFor(group);
        for (Label label : List.of(fromLabel, toLabel, groupLabel)) {
            label.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        show.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        group.setMaxWidth(420);
        HBox filters = new HBox(10, fromLabel, from, toLabel, to, groupLabel, group, show);
        filters.setAlignment(Pos.CENTER_LEFT);
        problem.setId("outcomes-problem");
        problem.getStyleClass().add("banner-error");
        problem.managedProperty().bind(problem.visibleProperty());
        problem.setVisible(false);
        buildTable(messages);
        Label rule = new Label(messages.get("outcomes.rule", SMALL_CELL));
        rule.setWrapText(true);
        rule.getStyleClass().add("outcome-note");
        summary = Forms.section(messages.get("outcomes.summary"), new VBox(10, filters, problem, table, rule));
        VBox content = new VBox(18, Forms.pageTitle(messages.get("outcomes.title")), summary,
                Forms.section(messages.get("outcomes.instruments"), instruments));
        content.setPadding(new Insets(24));
        view = new ScrollPane(content);
        view.setFitToWidth(true);
        view.setId("surveys-page");
        view.getStylesheets().add(SurveyControls.STYLESHEET);
    }

    /** The outcomes summary is a report: shown to people with the reports, the instruments' forms to all. */
    public SurveysPage withAccess(org.linkwell.core.Access access) {
        boolean reports = access.may(org.linkwell.core.Permission.REPORTS);
        summary.setVisible(reports);
        summary.setManaged(reports);
        return this;
    }

    private void buildTable(Messages messages) {
        table.setId("outcomes-table");
        table.setAccessibleText(messages.get("outcomes.summary"));
        table.setPrefHeight(420);
        table.setPlaceholder(new Label(messages.get("outcomes.none")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<MeasureChange, String> measure = column(messages.get("outcomes.column.measure"), 280,
                m -> texts.text(m.label()) + (m.higherIsBetter() ? " ↑" : " ↓"));
        withTooltips(measure);
        table.getColumns().setAll(List.of(measure,
                column(messages.get("outcomes.column.clients"), 80, m -> small(m)
                        ? messages.get("outcomes.fewerThan", SMALL_CELL) : String.valueOf(m.clients())),
                column(messages.get("outcomes.column.baseline"), 80, m -> small(m) ? "" : number(m.meanBaseline())),
                column(messages.get("outcomes.column.followUp"), 90, m -> small(m) ? "" : number(m.meanFollowUp())),
                column(messages.get("outcomes.column.change"), 190, m -> small(m) ? "" : messages.get(
                        "outcomes.changeWithCi", texts.signed(m.meanChange()), texts.signed(m.ciLow()),
                        texts.signed(m.ciHigh()))),
                column(messages.get("outcomes.column.split"), 170, m -> small(m) ? "" : messages.get(
                        "outcomes.split", percent(m.improved(), m), percent(m.same(), m), percent(m.worse(), m)))));
    }

    /** Long measure names are cut to the column; the whole name shows on hovering. */
    private static void withTooltips(TableColumn<MeasureChange, String> column) {
        column.setCellFactory(c -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                setText(empty ? null : text);
                setTooltip(empty || text == null ? null : new javafx.scene.control.Tooltip(text));
            }
        });
    }

    private static boolean small(MeasureChange m) {
        return m.clients() < SMALL_CELL;
    }

    private String number(double value) {
        return String.format(texts.messages().locale(), "%.2f", value);
    }

    private String percent(int count, MeasureChange m) {
        return java.text.NumberFormat.getPercentInstance(texts.messages().locale()).format((double) count / m.clients());
    }

    private static TableColumn<MeasureChange, String> column(String title, double width,
                                                             Function<MeasureChange, String> value) {
        TableColumn<MeasureChange, String> column = new TableColumn<>(title);
        column.setCellValueFactory(row -> new ReadOnlyStringWrapper(value.apply(row.getValue())));
        column.setPrefWidth(width);
        return column;
    }

    private void summarize() {
        LocalDate start;
        LocalDate end;
        try {
            start = LocalDate.parse(from.getText().strip());
            end = LocalDate.parse(to.getText().strip());
        } catch (DateTimeParseException e) {
            showProblem(texts.messages().get("validation.date.format"));
            return;
        }
        if (end.isBefore(start)) {
            showProblem(texts.messages().get("outcomes.rangeBackwards"));
            return;
        }
        problem.setVisible(false);
        OutcomeQuery query = new OutcomeQuery(start, end, group.getValue().group());
        tasks.run(() -> surveys.outcomes().summarize(query), summary -> table.getItems().setAll(summary.measures()));
    }

    private void showProblem(String text) {
        problem.setText(text);
        problem.setVisible(true);
    }

    @Override
    public void shown() {
        if (summary.isVisible()) {
            summarize();
        }
        tasks.run(() -> surveys.instruments().current(), this::showInstruments);
    }

    private void showInstruments(List<InstrumentDefinition> current) {
        instruments.getChildren().setAll(current.stream().map(this::instrument).toList());
    }

    private Node instrument(InstrumentDefinition d) {
        Label name = new Label(texts.messages().get("outcomes.instrument", texts.name(d), d.version(),
                texts.messages().get("instrument.respondent." + d.respondent().code())));
        name.getStyleClass().add("card-title");
        Label citation = new Label(d.citation());
        citation.setWrapText(true);
        Label licence = new Label(texts.messages().get("outcomes.licence", texts.text(d.licence())));
        licence.setWrapText(true);
        licence.getStyleClass().add("help-text");
        javafx.scene.control.MenuButton print = new javafx.scene.control.MenuButton(texts.messages().get("survey.form.print"));
        print.setId("form-print-" + d.id());
        print.setAccessibleHelp(texts.messages().get("survey.form.language"));
        for (java.util.Locale language : Messages.SUPPORTED) {
            javafx.scene.control.MenuItem item = new javafx.scene.control.MenuItem(
                    texts.messages().get("settings.language." + language.getLanguage()));
            item.setId("form-print-" + d.id() + "-" + language.getLanguage());
            item.setOnAction(event -> printForm.accept(d, language));
            print.getItems().add(item);
        }
        return new VBox(4, name, citation, licence, print);
    }

    @Override
    public Node view() {
        return view;
    }
}
