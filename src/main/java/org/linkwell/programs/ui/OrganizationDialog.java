package org.linkwell.programs.ui;

import java.util.List;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.linkwell.core.Messages;
import org.linkwell.programs.PartnerOrganization;
import org.linkwell.programs.ProgramRules;
import org.linkwell.ui.Forms;

/** Creates or edits a partner organisation; checks the form before it closes. */
final class OrganizationDialog extends Dialog<PartnerOrganization> {
    private final TextField name = field("organization-name");
    private final TextArea description = new TextArea();
    private final TextField phone = field("organization-phone");
    private final TextField email = field("organization-email");
    private final TextField website = field("organization-website");
    private final TextField street = field("organization-street");
    private final TextField city = field("organization-city");
    private final TextField postalCode = field("organization-postal");
    private final TextField contact = field("organization-contact");
    private final TextArea notes = new TextArea();
    private final CheckBox active = new CheckBox();
    private final Label problems = new Label();

    OrganizationDialog(Messages messages, PartnerOrganization original) {
        setTitle(messages.get(original.isNew() ? "organization.new" : "programs.edit"));
        setHeaderText(original.isNew() ? messages.get("organization.new") : original.name());
        description.setPrefRowCount(3);
        description.setWrapText(true);
        notes.setPrefRowCount(2);
        notes.setWrapText(true);
        active.setText(messages.get("organization.active"));
        GridPane grid = Forms.grid();
        String[] keys = {"name", "description", "phone", "email", "website", "street", "city", "postalCode",
                "contactPerson", "notes"};
        javafx.scene.Node[] fields = {name, description, phone, email, website, street, city, postalCode, contact, notes};
        for (int i = 0; i < keys.length; i++) {
            Forms.row(grid, i, messages.get("organization." + keys[i]), fields[i]);
        }
        Forms.row(grid, keys.length, "", active);
        problems.getStyleClass().add("banner-error");
        problems.setWrapText(true);
        problems.managedProperty().bind(problems.visibleProperty());
        problems.setVisible(false);
        getDialogPane().setContent(new VBox(12, problems, grid));
        getDialogPane().setPrefWidth(640);
        load(original);

        ButtonType save = new ButtonType(messages.get("action.save"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(messages.get("action.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        getDialogPane().getButtonTypes().setAll(save, cancel);
        Button saveButton = (Button) getDialogPane().lookupButton(save);
        saveButton.setId("organization-save");
        saveButton.addEventFilter(ActionEvent.ACTION, event -> {
            List<String> found = ProgramRules.problems(read(original)).stream()
                    .map(error -> messages.get(error.messageKey(), error.args())).toList();
            problems.setText(String.join("\n", found));
            problems.setVisible(!found.isEmpty());
            if (!found.isEmpty()) {
                event.consume();
            }
        });
        setResultConverter(button -> button == save ? read(original) : null);
        setOnShown(event -> name.requestFocus());
    }

    private void load(PartnerOrganization o) {
        name.setText(o.name());
        description.setText(o.description());
        phone.setText(o.phone());
        email.setText(o.email());
        website.setText(o.website());
        street.setText(o.street());
        city.setText(o.city());
        postalCode.setText(o.postalCode());
        contact.setText(o.contactPerson());
        notes.setText(o.notes());
        active.setSelected(o.active());
    }

    private PartnerOrganization read(PartnerOrganization o) {
        return new PartnerOrganization(o.id(), o.version(), o.externalId(), name.getText().strip(),
                description.getText().strip(), phone.getText().strip(), email.getText().strip(), website.getText().strip(),
                street.getText().strip(), city.getText().strip(), o.province(), postalCode.getText().strip(),
                contact.getText().strip(), notes.getText().strip(), active.isSelected());
    }

    private static TextField field(String id) {
        TextField field = new TextField();
        field.setId(id);
        return field;
    }
}
