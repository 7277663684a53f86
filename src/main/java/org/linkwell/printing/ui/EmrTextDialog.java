package org.linkwell.printing.ui;

import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.linkwell.core.Messages;
import org.linkwell.printing.Printout;

/** The plain-text summary for the EMR, with one button that copies it all. */
final class EmrTextDialog extends Dialog<Void> {

    EmrTextDialog(Printout printout, PrintContext c) {
        Messages m = c.messages();
        setTitle(printout.title());
        setHeaderText(m.get("printing.emr.header"));
        setResizable(true);
        TextArea text = new TextArea(printout.text());
        text.setId("emr-text");
        text.setAccessibleText(printout.title());
        text.setEditable(false);
        text.setWrapText(true);
        text.setPrefSize(720, 460);
        text.getStyleClass().add("emr-text");
        Label copied = new Label();
        copied.setId("emr-copied");
        Button copy = new Button(m.get("printing.emr.copy"));
        copy.setId("emr-copy");
        copy.setDefaultButton(true);
        copy.setOnAction(event -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(printout.text());
            Clipboard.getSystemClipboard().setContent(content);
            copied.setText(m.get("printing.emr.copied"));
            c.navigator().say(m.get("printing.emr.copied"));
        });
        HBox actions = new HBox(12, copied, copy);
        actions.setAlignment(javafx.geometry.Pos.CENTER_RIGHT);
        getDialogPane().setContent(new VBox(10, text, actions));
        getDialogPane().getStylesheets().add(EmrTextDialog.class.getResource("printing.css").toExternalForm());
        getDialogPane().getButtonTypes().setAll(new ButtonType(m.get("printing.close"), ButtonBar.ButtonData.CANCEL_CLOSE));
    }
}
