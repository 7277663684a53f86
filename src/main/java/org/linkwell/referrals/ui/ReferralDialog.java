package org.linkwell.referrals.ui;

import org.linkwell.ui.Converters;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.linkwell.core.Messages;
import org.linkwell.referrals.Referral;
import org.linkwell.referrals.ReferralReason;
import org.linkwell.referrals.ReferralStatus;
import org.linkwell.referrals.StaffMember;
import org.linkwell.ui.Forms;

/** A prescriber's referral, as the navigator receives it. */
final class ReferralDialog extends Dialog<Referral> {
    ReferralDialog(Messages messages, long clientId, List<StaffMember> prescribers, LocalDate today) {
        setTitle(messages.get("referral.new"));
        setHeaderText(messages.get("referral.new"));
        ComboBox<StaffMember> prescriber = new ComboBox<>();
        prescriber.setId("referral-prescriber");
        prescriber.getItems().setAll(prescribers);
        prescriber.setConverter(Converters.named(StaffMember::name));
        TextField date = new TextField(today.toString());
        date.setId("referral-date");
        ComboBox<Referral.Source> source = new ComboBox<>();
        source.getItems().setAll(Referral.Source.values());
        source.setValue(Referral.Source.INTERNAL);
        source.setConverter(Converters.named(s -> messages.get("referralSource." + s.code())));
        ComboBox<Referral.Urgency> urgency = new ComboBox<>();
        urgency.getItems().setAll(Referral.Urgency.values());
        urgency.setValue(Referral.Urgency.ROUTINE);
        urgency.setConverter(Converters.named(u -> messages.get("urgency." + u.code())));
        FlowPane reasons = new FlowPane(12, 6);
        for (ReferralReason reason : ReferralReason.values()) {
            CheckBox box = new CheckBox(messages.get(reason.messageKey()));
            box.setId("reason-" + reason.code());
            box.setUserData(reason);
            reasons.getChildren().add(box);
        }
        TextField other = new TextField();
        other.setId("referral-other");
        TextArea hopes = new TextArea();
        hopes.setId("referral-hopes");
        hopes.setPrefRowCount(2);
        hopes.setWrapText(true);
        CheckBox consent = new CheckBox(messages.get("referral.consent"));
        consent.setId("referral-consent");
        GridPane grid = Forms.grid();
        Forms.row(grid, 0, messages.get("referral.prescriber"), prescriber);
        Forms.row(grid, 1, messages.get("referral.date"), date);
        Forms.row(grid, 2, messages.get("referral.source"), source);
        Forms.row(grid, 3, messages.get("referral.urgency"), urgency);
        Forms.row(grid, 4, messages.get("referral.reasons"), reasons);
        Forms.row(grid, 5, messages.get("referral.otherReason"), other);
        Forms.row(grid, 6, messages.get("referral.hopes"), hopes);
        Forms.row(grid, 7, "", consent);
        Label problems = new Label();
        problems.setId("referral-problems");
        problems.getStyleClass().add("banner-error");
        problems.setWrapText(true);
        problems.managedProperty().bind(problems.visibleProperty());
        problems.setVisible(false);
        getDialogPane().setContent(new VBox(10, problems, grid));
        getDialogPane().setPrefWidth(720);
        ButtonType save = new ButtonType(messages.get("action.save"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(messages.get("action.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        getDialogPane().getButtonTypes().setAll(save, cancel);
        Button saveButton = (Button) getDialogPane().lookupButton(save);
        saveButton.setId("referral-save");
        Referral[] result = new Referral[1];
        saveButton.addEventFilter(ActionEvent.ACTION, event -> {
            StringBuilder found = new StringBuilder();
            LocalDate on = today;
            try {
                on = LocalDate.parse(date.getText().strip());
                if (on.isAfter(today)) {
                    found.append(messages.get("validation.date.future")).append('\n');
                }
            } catch (DateTimeParseException e) {
                found.append(messages.get("validation.date.format")).append('\n');
            }
            Set<ReferralReason> chosen = EnumSet.noneOf(ReferralReason.class);
            reasons.getChildren().stream().filter(n -> ((CheckBox) n).isSelected())
                    .forEach(n -> chosen.add((ReferralReason) n.getUserData()));
            if (chosen.isEmpty()) {
                found.append(messages.get("validation.referral.reason")).append('\n');
            }
            if (chosen.contains(ReferralReason.OTHER) && other.getText().isBlank()) {
                found.append(messages.get("referral.otherReason")).append(": ").append(messages.get("validation.required")).append('\n');
            }
            if (!consent.isSelected()) {
                found.append(messages.get("validation.referral.consent"));
            }
            problems.setText(found.toString().strip());
            problems.setVisible(found.length() > 0);
            if (found.length() > 0) {
                event.consume();
                return;
            }
            result[0] = new Referral(0, 0, clientId, Optional.ofNullable(prescriber.getValue()).map(StaffMember::id),
                    Optional.empty(), source.getValue(), on, urgency.getValue(), chosen, other.getText().strip(),
                    hopes.getText().strip(), true, ReferralStatus.REQUESTED, "", Optional.empty());
        });
        setResultConverter(button -> button == save ? result[0] : null);
    }
}
