package org.linkwell.clients.ui;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.linkwell.ui.Converters;
import org.linkwell.clients.Client;
import org.linkwell.clients.Language;
import org.linkwell.core.Messages;
import org.linkwell.ui.Forms;

/** Who the client is, how to reach them, and their consent to social prescribing. */
final class IdentitySections {
    static final List<String> PROVINCES = List.of("ON", "QC", "MB", "NB", "NS", "PE", "NL", "SK", "AB", "BC", "YT", "NT", "NU");

    private final Messages messages;
    private final FieldFactory fields;
    private final ClientForm form;

    IdentitySections(Messages messages, FieldFactory fields, ClientForm form) {
        this.messages = messages;
        this.fields = fields;
        this.form = form;
    }

    Node identity() {
        GridPane grid = Forms.grid();
        fields.row(grid, 0, "client.givenName", "givenName", fields.text("givenName", form.givenName));
        fields.row(grid, 1, "client.familyName", "familyName", fields.text("familyName", form.familyName));
        fields.row(grid, 2, "client.preferredName", "preferredName", fields.text("preferredName", form.preferredName));
        fields.row(grid, 3, "client.pronouns", "pronouns", fields.text("pronouns", form.pronouns));
        TextField dob = fields.text("dateOfBirth", form.dateOfBirth);
        dob.setPromptText(messages.get("date.prompt"));
        fields.row(grid, 4, "client.dateOfBirth", "dateOfBirth", dob);
        TextField gender = fields.text("gender", form.gender);
        gender.setPromptText(messages.get("client.gender.prompt"));
        fields.row(grid, 5, "client.gender", "gender", gender);
        ComboBox<Language> language = new ComboBox<>();
        language.setId("client-language");
        language.getItems().setAll(Language.values());
        language.setConverter(Converters.named(l -> messages.get(l.messageKey())));
        language.valueProperty().bindBidirectional(form.language);
        fields.row(grid, 6, "client.language", "language", language);
        TextField other = fields.text("languageOther", form.languageOther);
        other.disableProperty().bind(form.language.isNotEqualTo(Language.OTHER));
        fields.row(grid, 7, "client.languageOther", "languageOther", other);
        fields.row(grid, 8, "client.chartNumber", "chartNumber", fields.text("chartNumber", form.chartNumber));
        return Forms.section(messages.get("client.section.identity"), grid);
    }

    Node contact() {
        GridPane grid = Forms.grid();
        TextField phone = fields.text("phone", form.phone);
        phone.setPromptText("613-555-0123");
        fields.row(grid, 0, "client.phone", "phone", phone);
        fields.row(grid, 1, "client.email", "email", fields.text("email", form.email));
        fields.row(grid, 2, "client.street", "street", fields.text("street", form.street));
        fields.row(grid, 3, "client.city", "city", fields.text("city", form.city));
        ComboBox<String> province = new ComboBox<>();
        province.setId("client-province");
        province.getItems().setAll(PROVINCES);
        province.valueProperty().bindBidirectional(form.province);
        fields.row(grid, 4, "client.province", "province", province);
        TextField postal = fields.text("postalCode", form.postalCode);
        postal.setPromptText("K1A 0B1");
        postal.setPrefColumnCount(8);
        fields.row(grid, 5, "client.postalCode", "postalCode", postal);
        FlowPane preferences = new FlowPane(16, 8,
                check("mayPhone", "client.mayPhone", form.mayPhone),
                check("mayText", "client.mayText", form.mayText),
                check("mayEmail", "client.mayEmail", form.mayEmail),
                check("mayLeaveMessage", "client.mayLeaveMessage", form.mayLeaveMessage));
        Forms.row(grid, 6, messages.get("client.contactPreferences"), preferences);
        return Forms.section(messages.get("client.section.contact"), grid);
    }

    Node consent() {
        GridPane grid = Forms.grid();
        CheckBox given = check("consentGiven", "client.consentGiven", form.consentGiven);
        Forms.row(grid, 0, messages.get("client.consent"), given);
        TextField on = fields.text("consentOn", form.consentOn);
        on.setPromptText(messages.get("date.prompt"));
        fields.row(grid, 1, "client.consentOn", "consentOn", on);
        ComboBox<Client.ConsentMethod> method = new ComboBox<>();
        method.setId("client-consentMethod");
        method.getItems().setAll(Client.ConsentMethod.values());
        method.setConverter(Converters.named(m -> messages.get("client.consentMethod." + m.code())));
        method.valueProperty().bindBidirectional(form.consentMethod);
        fields.row(grid, 2, "client.consentMethod", "consentMethod", method);
        fields.row(grid, 3, "client.consentRecordedBy", "consentRecordedBy",
                fields.text("consentRecordedBy", form.consentRecordedBy));
        return Forms.section(messages.get("client.section.consent"), new VBox(grid));
    }

    private CheckBox check(String id, String key, javafx.beans.property.BooleanProperty value) {
        CheckBox box = new CheckBox(messages.get(key));
        box.setId("client-" + id);
        box.selectedProperty().bindBidirectional(value);
        return box;
    }
}
