package org.linkwell.programs.ui;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.linkwell.core.Messages;
import org.linkwell.programs.Catalog;
import org.linkwell.programs.LocationKind;
import org.linkwell.programs.PartnerOrganization;
import org.linkwell.programs.Program;
import org.linkwell.programs.Schedule;
import org.linkwell.ui.Forms;

/** Everything a navigator needs to tell a client about one program, and the actions on it. */
final class ProgramDetailView extends BorderPane {
    private boolean editable = true;
    private final Messages messages;
    private final ProgramTexts texts;
    private final ProgramCatalogViewModel model;
    private final Runnable edit;
    private final Runnable verify;

    ProgramDetailView(ProgramCatalogViewModel model, Messages messages, ProgramTexts texts, Runnable edit, Runnable verify) {
        this.model = model;
        this.messages = messages;
        this.texts = texts;
        this.edit = edit;
        this.verify = verify;
        getStyleClass().add("program-detail");
        model.selectedProperty().addListener((obs, old, program) -> show(program));
    }

    private void show(Program program) {
        if (program == null) {
            setTop(null);
            setCenter(null);
            setBottom(null);
            return;
        }
        Catalog catalog = model.catalogProperty().get();
        Label name = new Label(program.name());
        name.setId("program-title");
        name.getStyleClass().add("page-title");
        name.setWrapText(true);
        String by = catalog.organizationName(program);
        Label who = new Label((by.isBlank() ? messages.get("programs.runByChc") : by) + " · "
                + messages.get(program.category().messageKey()));
        who.getStyleClass().add("text-muted");
        VBox header = new VBox(4, name, who);
        header.setPadding(new Insets(16, 24, 8, 24));
        if (program.needsChecking(model.today())) {
            header.getChildren().add(staleBanner(program));
        }

        VBox body = new VBox(14);
        body.setPadding(new Insets(4, 24, 24, 24));
        if (!program.description().isBlank()) {
            Label description = new Label(program.description());
            description.setWrapText(true);
            body.getChildren().add(description);
        }
        body.getChildren().addAll(facts(program, catalog), badges(program));
        ScrollPane scroll = new ScrollPane(body);
        scroll.setFitToWidth(true);
        setTop(header);
        setCenter(scroll);
        setBottom(footer(program));
    }

    private Node staleBanner(Program program) {
        String text = program.lastVerifiedOn()
                .map(on -> messages.get("programs.stale.help", messages.date(on)))
                .orElse(messages.get("programs.stale.never"));
        Label banner = new Label(text, new FontIcon(MaterialDesignA.ALERT_OUTLINE));
        banner.setId("program-stale");
        banner.setWrapText(true);
        banner.getStyleClass().add("banner-warning");
        banner.setMaxWidth(Double.MAX_VALUE);
        return banner;
    }

    private GridPane facts(Program program, Catalog catalog) {
        GridPane grid = Forms.grid();
        int row = 0;
        row = fact(grid, row, "programs.when", program.schedules().isEmpty() ? messages.get("programs.noSchedule")
                : program.schedules().stream().map(texts::schedule).collect(Collectors.joining("\n")));
        List<Schedule.Session> next = program.nextSessions(model.today(), 3);
        if (!next.isEmpty()) {
            row = fact(grid, row, "programs.nextSessions", next.stream()
                    .map(s -> messages.date(s.date()) + ", " + s.opensAt()).collect(Collectors.joining("\n")));
        }
        row = fact(grid, row, "programs.where", where(program));
        row = fact(grid, row, "programs.cost", texts.cost(program.cost()));
        row = fact(grid, row, "programs.join", messages.get(program.joining().how().messageKey())
                + (program.joining().details().isBlank() ? "" : " — " + program.joining().details()));
        row = fact(grid, row, "programs.languages", texts.languages(program.languages()));
        row = fact(grid, row, "programs.accessibility", program.accessibility().stream()
                .map(a -> messages.get(a.messageKey())).sorted().collect(Collectors.joining(", ")));
        String who = String.join(", ", java.util.stream.Stream.concat(
                java.util.stream.Stream.of(texts.ages(program.eligibility())).filter(s -> !s.isBlank()),
                program.eligibility().audiences().stream().map(a -> messages.get(a.messageKey())).sorted()).toList());
        row = fact(grid, row, "programs.eligibility", who);
        String places = program.capacity().places().isPresent()
                ? messages.get("programs.capacity.places", program.capacity().places().getAsInt()) : "";
        if (program.capacity().full()) {
            places = places.isBlank() ? messages.get("programs.capacity.full")
                    : places + " — " + messages.get("programs.capacity.full");
        }
        row = fact(grid, row, "programs.capacity", places);
        Program.Contact c = program.contact();
        row = fact(grid, row, "programs.contact", String.join(" · ",
                java.util.stream.Stream.of(c.name(), c.phone(), c.email()).filter(s -> !s.isBlank()).toList()));
        fact(grid, row, "program.lastVerified", program.lastVerifiedOn().map(messages::date).orElse("—"));
        return grid;
    }

    private String where(Program program) {
        Program.Location l = program.location();
        if (l.kind() != LocationKind.IN_PERSON) {
            return messages.get(l.kind().messageKey()) + (l.virtualLink().isBlank() ? "" : " — " + l.virtualLink());
        }
        return String.join(", ", java.util.stream.Stream.of(l.placeName(), l.street(), l.city(), l.postalCode())
                .filter(s -> !s.isBlank()).toList());
    }

    private int fact(GridPane grid, int row, String key, String value) {
        if (value == null || value.isBlank()) {
            return row;
        }
        Label text = new Label(value);
        text.setWrapText(true);
        text.setId("fact-" + key.substring(key.indexOf('.') + 1));
        Forms.row(grid, row, messages.get(key), text);
        return row + 1;
    }

    private Node badges(Program program) {
        HBox badges = new HBox(8);
        if (program.coCreated()) {
            badges.getChildren().add(badge(messages.get("programs.coCreated")));
        }
        if (program.championLed()) {
            badges.getChildren().add(badge(messages.get("programs.championLed")));
        }
        if (program.status() != org.linkwell.programs.ProgramStatus.ACTIVE) {
            badges.getChildren().add(badge(messages.get(program.status().messageKey())));
        }
        return badges;
    }

    private static Label badge(String text) {
        Label badge = new Label(text);
        badge.getStyleClass().add("state-badge");
        return badge;
    }

    /** For people who read the catalog only: no Edit or Mark verified (the catalog's keepers do that). */
    void readOnly() {
        editable = false;
    }

    private HBox footer(Program program) {
        Button verifyButton = new Button(messages.get("programs.markVerified"), new FontIcon(MaterialDesignC.CHECK_DECAGRAM_OUTLINE));
        verifyButton.setId("program-verify");
        verifyButton.setOnAction(event -> verify.run());
        Button editButton = new Button(messages.get("programs.edit"), new FontIcon(MaterialDesignP.PENCIL_OUTLINE));
        editButton.setId("program-edit");
        editButton.getStyleClass().add("accent");
        editButton.setOnAction(event -> edit.run());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox footer = editable ? new HBox(10, spacer, verifyButton, editButton) : new HBox(10, spacer);
        footer.setAlignment(Pos.CENTER_RIGHT);
        footer.setPadding(new Insets(10, 24, 12, 24));
        footer.getStyleClass().add("editor-footer");
        return footer;
    }

}
