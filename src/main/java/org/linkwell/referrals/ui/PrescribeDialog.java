package org.linkwell.referrals.ui;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.collections.FXCollections;
import javafx.collections.transformation.FilteredList;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.linkwell.clients.BarrierType;
import org.linkwell.clients.Client;
import org.linkwell.core.Messages;
import org.linkwell.programs.ProgramFilter;
import org.linkwell.referrals.PrescriptionStatus;
import org.linkwell.referrals.SocialPrescription;
import org.linkwell.referrals.Suggestion;
import org.linkwell.ui.Forms;

/** Prescribing: the catalog ranked by fit to this client, with the reasons; or a material support. */
final class PrescribeDialog extends Dialog<SocialPrescription> {
    PrescribeDialog(Messages messages, Client client, Optional<Long> referralId, List<Suggestion> suggestions,
                    java.util.function.Function<String, String> interestLabel) {
        setTitle(messages.get("prescribe.title"));
        setHeaderText(messages.get("prescribe.header"));
        setResizable(true);
        TextField search = new TextField();
        search.setId("prescribe-search");
        search.setPromptText(messages.get("programs.search.prompt"));
        search.setAccessibleText(messages.get("programs.search.prompt"));
        FilteredList<Suggestion> shown = new FilteredList<>(FXCollections.observableArrayList(suggestions));
        search.textProperty().addListener((obs, old, text) -> shown.setPredicate(s ->
                ProgramFilter.fold(s.program().name() + " " + s.program().description()).contains(ProgramFilter.fold(text))));
        ListView<Suggestion> list = new ListView<>(shown);
        list.setId("prescribe-suggestions");
        list.setAccessibleText(messages.get("prescribe.header"));
        list.setPrefHeight(320);
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Suggestion s, boolean empty) {
                super.updateItem(s, empty);
                if (empty || s == null) {
                    setGraphic(null);
                    setText(null);
                    return;
                }
                Label name = new Label(s.program().name());
                name.getStyleClass().add("card-title");
                Label why = new Label(s.reasons().stream().map(r -> (r.positive() ? "✓ " : "✗ ")
                        + messages.get(r.messageKey(), r.args().stream().map(a -> reasonArg(r, a, messages, interestLabel))
                        .toArray())).collect(Collectors.joining("   ")));
                why.setWrapText(true);
                why.getStyleClass().add("text-muted");
                why.maxWidthProperty().bind(widthProperty().subtract(30));
                setGraphic(new VBox(2, name, why));
                setText(null);
                setAccessibleText(s.program().name() + ". " + why.getText());
            }
        });
        list.getSelectionModel().selectFirst();
        TextField material = new TextField();
        material.setId("prescribe-material");
        material.setPromptText(messages.get("prescribe.material.prompt"));
        FlowPane barriers = new FlowPane(12, 6);
        client.barriers().stream().filter(Client.Barrier::present).forEach(b -> {
            CheckBox box = new CheckBox(messages.get(b.type().messageKey()));
            box.setUserData(b.type());
            barriers.getChildren().add(box);
        });
        FlowPane supports = new FlowPane(12, 6);
        for (String kind : SocialPrescription.Support.KINDS) {
            CheckBox box = new CheckBox(messages.get("support." + kind));
            box.setUserData(kind);
            supports.getChildren().add(box);
        }
        TextField notes = new TextField();
        notes.setId("prescribe-notes");
        CheckBox agreed = new CheckBox(messages.get("prescribe.agreed"));
        agreed.setId("prescribe-agreed");
        agreed.setSelected(true);
        GridPane grid = Forms.grid();
        Forms.row(grid, 0, messages.get("prescribe.material"), material);
        Forms.row(grid, 1, messages.get("prescribe.barriers"), barriers);
        Forms.row(grid, 2, messages.get("prescribe.supports"), supports);
        Forms.row(grid, 3, messages.get("prescribe.notes"), notes);
        Forms.row(grid, 4, "", agreed);
        getDialogPane().setContent(new VBox(10, search, list, grid));
        getDialogPane().setPrefWidth(820);
        ButtonType save = new ButtonType(messages.get("prescribe.confirm"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(messages.get("action.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        getDialogPane().getButtonTypes().setAll(save, cancel);
        Button saveButton = (Button) getDialogPane().lookupButton(save);
        saveButton.setId("prescribe-save");
        saveButton.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull()
                .and(material.textProperty().isEmpty()));
        setResultConverter(button -> {
            if (button != save) {
                return null;
            }
            Set<BarrierType> addressed = EnumSet.noneOf(BarrierType.class);
            barriers.getChildren().stream().filter(n -> ((CheckBox) n).isSelected())
                    .forEach(n -> addressed.add((BarrierType) n.getUserData()));
            List<SocialPrescription.Support> given = supports.getChildren().stream().filter(n -> ((CheckBox) n).isSelected())
                    .map(n -> new SocialPrescription.Support((String) n.getUserData(), "")).toList();
            Suggestion chosen = list.getSelectionModel().getSelectedItem();
            boolean isMaterial = !material.getText().isBlank();
            return new SocialPrescription(0, 0, client.id(), referralId,
                    isMaterial || chosen == null ? Optional.empty() : Optional.of(chosen.program().id()),
                    isMaterial ? material.getText().strip() : "", PrescriptionStatus.SUGGESTED, "", addressed, given,
                    Optional.empty(), Optional.empty(), notes.getText().strip());
        });
        setOnShown(event -> search.requestFocus());
        saveButton.addEventFilter(ActionEvent.ACTION, event -> agreedChoice = agreed.isSelected());
    }

    private boolean agreedChoice = true;

    /** Whether the client agreed to it on the spot (then it is saved as agreed, not only suggested). */
    boolean agreedNow() {
        return agreedChoice;
    }

    private static String reasonArg(Suggestion.Reason reason, String arg, Messages messages,
                                    java.util.function.Function<String, String> interestLabel) {
        if (reason.messageKey().equals("suggestion.interests")) {
            return java.util.Arrays.stream(arg.split(",")).map(interestLabel).collect(Collectors.joining(", "));
        }
        if (reason.messageKey().equals("suggestion.audience")) {
            return messages.get("audience." + arg);
        }
        if (reason.messageKey().equals("suggestion.soon")) {
            return messages.date(java.time.LocalDate.parse(arg));
        }
        return arg;
    }
}
