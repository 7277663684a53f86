package org.linkwell.security.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputDialog;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.linkwell.core.Messages;
import org.linkwell.core.ValidationException;
import org.linkwell.referrals.StaffMember;
import org.linkwell.security.Login;
import org.linkwell.security.SignInService;
import org.linkwell.ui.BackgroundTasks;
import org.linkwell.ui.DialogService;
import org.linkwell.ui.Forms;
import org.linkwell.ui.Navigator;

/** Settings → Logins (administrators only): who may sign in, with which role; unlock, reset, switch off. */
public final class AccountsSection {
    private final SignInService signIn;
    private final Supplier<List<StaffMember>> staff;
    private final BackgroundTasks tasks;
    private final Messages messages;
    private final DialogService dialogs;
    private final Navigator navigator;
    private final java.time.Clock clock;
    private final TableView<Login> table = new TableView<>();
    private final VBox view;

    public AccountsSection(SignInService signIn, Supplier<List<StaffMember>> staff, Supplier<Integer> idleMinutes,
                           Consumer<Integer> saveIdleMinutes, BackgroundTasks tasks, Messages messages,
                           DialogService dialogs, Navigator navigator, java.time.Clock clock) {
        this.signIn = signIn;
        this.staff = staff;
        this.tasks = tasks;
        this.messages = messages;
        this.dialogs = dialogs;
        this.navigator = navigator;
        this.clock = clock;
        table.setId("accounts-table");
        table.setAccessibleText(messages.get("accounts.title"));
        org.linkwell.ui.AccessibleRows.describe(table, messages);
        table.setPrefHeight(220);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().setAll(List.of(
                column("signin.username", Login::username),
                column("setup.name", login -> login.staff().name()),
                column("accounts.role", login -> messages.get("staffRole." + login.staff().role().code())),
                column("accounts.lastSignIn", login -> login.lastSignInAt().map(at -> DateTimeFormatter
                        .ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(messages.locale())
                        .format(at.atZone(ZoneId.systemDefault()))).orElse("")),
                column("accounts.state", this::state)));
        Button add = button("accounts-add", "accounts.add", this::add);
        Button reset = button("accounts-reset", "accounts.reset", this::resetPassword);
        Button unlock = button("accounts-unlock", "accounts.unlock", () -> selected(login ->
                signIn.unlockLogin(login.id()), "accounts.unlocked"));
        Button switchOff = button("accounts-switch", "accounts.switch", () -> selected(login ->
                signIn.setActive(login.id(), !login.active()), "accounts.switched"));
        Spinner<Integer> idle = new Spinner<>(1, 120, 10);
        idle.setId("accounts-idle-minutes");
        idle.setEditable(true);
        tasks.run(idleMinutes::get, minutes -> {
            idle.getValueFactory().setValue(minutes);
            idle.valueProperty().addListener((obs, old, chosen) -> tasks.run(() -> {
                saveIdleMinutes.accept(chosen);
                return chosen;
            }, saved -> navigator.say(messages.get("accounts.idleSaved", saved))));
        });
        Label idleLabel = new Label(messages.get("accounts.idleMinutes"));
        idleLabel.setLabelFor(idle);
        view = Forms.section(messages.get("accounts.title"), new VBox(10, table,
                new HBox(8, add, reset, unlock, switchOff), new HBox(8, idleLabel, idle)));
        refresh();
    }

    public Node view() {
        return view;
    }

    private TableColumn<Login, String> column(String key, java.util.function.Function<Login, String> value) {
        TableColumn<Login, String> column = new TableColumn<>(messages.get(key));
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return column;
    }

    private String state(Login login) {
        if (!login.active()) {
            return messages.get("accounts.state.off");
        }
        return login.isLockedAt(clock.instant()) ? messages.get("accounts.state.locked") : messages.get("accounts.state.on");
    }

    private Button button(String id, String key, Runnable action) {
        Button button = new Button(messages.get(key));
        button.setId(id);
        button.setOnAction(event -> action.run());
        return button;
    }

    private void refresh() {
        tasks.run(signIn::logins, logins -> table.getItems().setAll(logins));
    }

    private void add() {
        tasks.run(() -> {
            Set<Long> withLogin = signIn.logins().stream().map(login -> login.staff().id()).collect(Collectors.toSet());
            return staff.get().stream().filter(s -> s.active() && !withLogin.contains(s.id())).toList();
        }, candidates -> dialogs.show(new LoginDialog(messages, candidates)).ifPresent(login ->
                tasks.run(() -> signIn.createLogin(login.staff(), login.username(), login.password()), created -> {
                    navigator.say(messages.get("accounts.added", created.username()));
                    refresh();
                }, this::refused)));
    }

    private void resetPassword() {
        Login login = table.getSelectionModel().getSelectedItem();
        if (login == null) {
            dialogs.info(messages.get("accounts.title"), messages.get("accounts.chooseFirst"));
            return;
        }
        TextInputDialog ask = new TextInputDialog();
        PasswordField password = new PasswordField();
        password.setId("accounts-new-password");
        ask.getDialogPane().setContent(new VBox(8, new Label(messages.get("accounts.reset.help", login.username())), password));
        ask.setTitle(messages.get("accounts.reset"));
        ask.setHeaderText(messages.get("accounts.reset"));
        dialogs.show(ask).ifPresent(ignored -> {
            char[] typed = password.getText().toCharArray();
            tasks.run(() -> {
                signIn.resetPassword(login.id(), typed);
                return login;
            }, done -> navigator.say(messages.get("accounts.resetDone", done.username())), this::refused);
        });
    }

    private void selected(Consumer<Login> change, String doneKey) {
        Login login = table.getSelectionModel().getSelectedItem();
        if (login == null) {
            dialogs.info(messages.get("accounts.title"), messages.get("accounts.chooseFirst"));
            return;
        }
        tasks.run(() -> {
            change.accept(login);
            return login;
        }, done -> {
            navigator.say(messages.get(doneKey, done.username()));
            refresh();
        }, this::refused);
    }

    private void refused(Throwable failure) {
        if (failure instanceof ValidationException invalid) {
            dialogs.error(messages.get("accounts.title"), SignInTexts.explain(messages, invalid));
        } else {
            dialogs.error(messages.get("accounts.title"), messages.get("error.unexpected", ""));
        }
    }
}
