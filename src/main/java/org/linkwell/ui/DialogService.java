package org.linkwell.ui;

import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.stage.Window;
import org.linkwell.core.Messages;

/** Every dialog the app shows goes through here, so all look alike, speak the user's language and have an owner. */
public class DialogService {
    public enum UnsavedChoice { SAVE, DISCARD, CANCEL }

    private final Messages messages;
    private Window owner;

    public DialogService(Messages messages) {
        this.messages = messages;
    }

    public void setOwner(Window owner) {
        this.owner = owner;
    }

    public void info(String title, String text) {
        show(Alert.AlertType.INFORMATION, title, text);
    }

    public void error(String title, String text) {
        show(Alert.AlertType.ERROR, title, text);
    }

    public boolean confirm(String title, String text, String confirmLabel) {
        return confirm(title, text, confirmLabel, messages.get("action.cancel"));
    }

    public boolean confirm(String title, String text, String confirmLabel, String declineLabel) {
        ButtonType yes = new ButtonType(confirmLabel, ButtonBar.ButtonData.OK_DONE);
        ButtonType no = new ButtonType(declineLabel, ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = alert(Alert.AlertType.CONFIRMATION, title, text, yes, no);
        return alert.showAndWait().filter(yes::equals).isPresent();
    }

    public UnsavedChoice askUnsaved() {
        ButtonType save = new ButtonType(messages.get("action.save"), ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType(messages.get("unsaved.discard"), ButtonBar.ButtonData.NO);
        ButtonType cancel = new ButtonType(messages.get("unsaved.keepEditing"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = alert(Alert.AlertType.WARNING, messages.get("unsaved.title"), messages.get("unsaved.text"),
                save, discard, cancel);
        ButtonType answer = alert.showAndWait().orElse(cancel);
        if (answer == save) {
            return UnsavedChoice.SAVE;
        }
        return answer == discard ? UnsavedChoice.DISCARD : UnsavedChoice.CANCEL;
    }

    public <T> Optional<T> show(Dialog<T> dialog) {
        if (owner != null && dialog.getOwner() == null) {
            dialog.initOwner(owner);
        }
        Theme.style(dialog.getDialogPane());
        translateStandardButtons(dialog.getDialogPane());
        Mnemonics.follow(dialog.getDialogPane());
        growWithContent(dialog.getDialogPane());
        return dialog.showAndWait();
    }

    /**
     * A dialog is sized once, when it opens; a message shown later (a refused password, a form's problems) would
     * be cut to "…". The window grows to fit whenever its content needs more height than it has.
     */
    private static void growWithContent(javafx.scene.control.DialogPane pane) {
        pane.needsLayoutProperty().addListener((o, was, needs) -> {
            if (needs) {
                javafx.application.Platform.runLater(() -> {
                    javafx.stage.Window window = pane.getScene() == null ? null : pane.getScene().getWindow();
                    double missing = pane.prefHeight(pane.getWidth()) - pane.getHeight();
                    if (window != null && missing > 1) {
                        window.setHeight(window.getHeight() + missing);
                    }
                });
            }
        });
    }

    /** JavaFX's own OK, Cancel and Close buttons speak the language JavaFX started in; ours speak the user's. */
    private void translateStandardButtons(javafx.scene.control.DialogPane pane) {
        java.util.Map<ButtonType, String> ours = java.util.Map.of(ButtonType.OK, "action.ok",
                ButtonType.CANCEL, "action.cancel", ButtonType.CLOSE, "action.close");
        for (ButtonType type : pane.getButtonTypes()) {
            if (ours.containsKey(type) && pane.lookupButton(type) instanceof javafx.scene.control.Button button) {
                button.setText(messages.get(ours.get(type)));
            }
        }
    }

    private void show(Alert.AlertType type, String title, String text) {
        alert(type, title, text, ButtonType.OK).showAndWait();
    }

    private Alert alert(Alert.AlertType type, String title, String text, ButtonType... buttons) {
        Alert alert = new Alert(type, text, buttons);
        alert.setTitle(title);
        alert.setHeaderText(title);
        if (owner != null) {
            alert.initOwner(owner);
        }
        Theme.style(alert.getDialogPane());
        alert.getDialogPane().setMinWidth(460);
        translateStandardButtons(alert.getDialogPane());
        Mnemonics.assign(alert.getDialogPane());
        return alert;
    }
}
