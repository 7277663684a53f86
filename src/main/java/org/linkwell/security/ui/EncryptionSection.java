package org.linkwell.security.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.linkwell.core.Messages;
import org.linkwell.core.ValidationException;
import org.linkwell.security.EncryptionService;
import org.linkwell.ui.BackgroundTasks;
import org.linkwell.ui.DialogService;
import org.linkwell.ui.Forms;
import org.linkwell.ui.Navigator;

/** Settings → Encryption (administrators): whether the data file is encrypted, and "Encrypt the data file…". */
public final class EncryptionSection {
    private final EncryptionService encryption;
    private final BackgroundTasks tasks;
    private final Messages messages;
    private final DialogService dialogs;
    private final Navigator navigator;
    private final Label state = new Label();
    private final Button encrypt;
    private final VBox view;

    public EncryptionSection(EncryptionService encryption, BackgroundTasks tasks, Messages messages,
                             DialogService dialogs, Navigator navigator) {
        this.encryption = encryption;
        this.tasks = tasks;
        this.messages = messages;
        this.dialogs = dialogs;
        this.navigator = navigator;
        state.setId("encryption-state");
        state.setWrapText(true);
        encrypt = new Button(messages.get("encryption.encrypt"));
        encrypt.setId("encryption-encrypt");
        encrypt.setOnAction(event -> startEncryption());
        encrypt.managedProperty().bind(encrypt.visibleProperty());
        view = Forms.section(messages.get("encryption.title"), new VBox(10, state, encrypt));
        refresh();
    }

    public Node view() {
        return view;
    }

    private void refresh() {
        tasks.run(encryption::isEncrypted, encrypted -> {
            state.setText(messages.get(encrypted ? "encryption.state.on" : "encryption.state.off"));
            encrypt.setVisible(!encrypted);
        });
    }

    /** Also what the offer after set-up opens. */
    public void startEncryption() {
        dialogs.show(new EncryptDialog(messages)).ifPresent(request -> {
            navigator.say(messages.get("encryption.working"));
            encrypt.setDisable(true);
            tasks.run(() -> encryption.encrypt(request.password(), request.passphrase(), request.keepPlainBackup()),
                    outcome -> {
                        encrypt.setDisable(false);
                        navigator.say(messages.get("encryption.done"));
                        dialogs.info(messages.get("encryption.title"), describe(outcome));
                        refresh();
                    }, failure -> {
                        encrypt.setDisable(false);
                        refresh();
                        dialogs.error(messages.get("encryption.title"), failure instanceof ValidationException invalid
                                ? SignInTexts.explain(messages, invalid) : messages.get("encryption.failed"));
                    });
        });
    }

    private String describe(EncryptionService.Outcome outcome) {
        List<String> lines = new ArrayList<>(List.of(messages.get("encryption.done")));
        outcome.plainBackupKept().ifPresent(kept -> lines.add(messages.get("encryption.done.kept", kept.toString())));
        if (!outcome.earlierStillPlain().isEmpty()) {
            lines.add(messages.get("encryption.done.earlier", outcome.earlierStillPlain().size()));
        }
        if (!outcome.loginsNeedingNewPassword().isEmpty()) {
            lines.add(messages.get("encryption.done.logins", String.join(", ", outcome.loginsNeedingNewPassword())));
        }
        return String.join("\n\n", lines);
    }
}
