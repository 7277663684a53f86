package org.linkwell.printing.ui;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.linkwell.ui.Converters;
import org.linkwell.core.Messages;
import org.linkwell.printing.ClientDossier;
import org.linkwell.printing.DocumentRequest;
import org.linkwell.printing.ShareItem;
import org.linkwell.programs.PartnerOrganization;
import org.linkwell.referrals.SocialPrescription;
import org.linkwell.ui.Forms;

/** Which program the note is for, and what the client agreed to share: nothing is ticked until the client says so. */
final class PartnerNoteDialog extends Dialog<DocumentRequest> {

    PartnerNoteDialog(Messages m, ClientDossier dossier, List<SocialPrescription> prescriptions) {
        setTitle(m.get("printing.kind.partner-note"));
        setHeaderText(m.get("printing.partner.header", dossier.preferredName()));
        ComboBox<SocialPrescription> program = new ComboBox<>();
        program.setId("partner-program");
        program.getItems().setAll(prescriptions);
        program.setValue(prescriptions.get(0));
        program.setMaxWidth(Double.MAX_VALUE);
        program.setConverter(Converters.named(p -> dossier.program(p).map(org.linkwell.programs.Program::name)
                .orElse(p.materialSupport())
                + dossier.organization(p).map(PartnerOrganization::name).map(o -> " — " + o).orElse("")));
        Map<ShareItem, CheckBox> boxes = new EnumMap<>(ShareItem.class);
        VBox ticks = new VBox(8);
        for (ShareItem item : ShareItem.values()) {
            CheckBox box = new CheckBox(m.get(item.messageKey()));
            box.setId("share-" + item.code());
            boxes.put(item, box);
            ticks.getChildren().add(box);
        }
        Label always = new Label(m.get("printing.partner.always"));
        always.setWrapText(true);
        always.getStyleClass().add("help-text");
        GridPane grid = Forms.grid();
        Forms.row(grid, 0, m.get("printing.field.program"), program);
        Forms.row(grid, 1, m.get("printing.partner.agreedToShare"), ticks);
        grid.add(always, 1, 2);
        getDialogPane().setContent(grid);
        getDialogPane().setPrefWidth(640);
        ButtonType preview = new ButtonType(m.get("printing.partner.preview"), ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().setAll(preview,
                new ButtonType(m.get("action.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        getDialogPane().lookupButton(preview).setId("partner-preview");
        setResultConverter(button -> {
            if (button != preview) {
                return null;
            }
            Set<ShareItem> shared = EnumSet.noneOf(ShareItem.class);
            boxes.forEach((item, box) -> {
                if (box.isSelected()) {
                    shared.add(item);
                }
            });
            return DocumentRequest.partnerNote(program.getValue().id(), shared);
        });
    }
}
