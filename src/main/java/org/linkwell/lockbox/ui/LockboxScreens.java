package org.linkwell.lockbox.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Collection;
import java.util.Set;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignE;
import org.kordamp.ikonli.materialdesign2.MaterialDesignL;
import org.linkwell.core.Access;
import org.linkwell.core.Messages;
import org.linkwell.core.ValidationException;
import org.linkwell.lockbox.LockboxService;
import org.linkwell.lockbox.Withheld;
import org.linkwell.ui.BackgroundTasks;
import org.linkwell.ui.ClientPrivacy;
import org.linkwell.ui.DialogService;
import org.linkwell.ui.ErrorReporter;
import org.linkwell.ui.Navigator;

/** The lockbox as the screens of other features meet it: what is hidden, the notice, and breaking the glass. */
public final class LockboxScreens implements ClientPrivacy {
    private final LockboxService lockbox;
    private final Access viewer;
    private final BackgroundTasks tasks;
    private final Messages messages;
    private final DialogService dialogs;
    private final ErrorReporter errors;
    private final Navigator navigator;
    private final ZoneId zone;

    public LockboxScreens(LockboxService lockbox, Access viewer, BackgroundTasks tasks, Messages messages,
                          DialogService dialogs, ErrorReporter errors, Navigator navigator, ZoneId zone) {
        this.lockbox = lockbox;
        this.viewer = viewer;
        this.tasks = tasks;
        this.messages = messages;
        this.dialogs = dialogs;
        this.errors = errors;
        this.navigator = navigator;
        this.zone = zone;
    }

    @Override
    public Withheld withheld(long clientId) {
        return lockbox.withheld(clientId, viewer);
    }

    @Override
    public Set<Long> withholding(Collection<Long> clientIds, org.linkwell.lockbox.RecordPart part) {
        return lockbox.withholding(clientIds, part, viewer);
    }

    @Override
    public Node notice(long clientId, Withheld withheld, Runnable opened) {
        if (withheld.anything()) {
            Label text = new Label(messages.get(withheld.wholeRecord() ? "lockbox.notice.whole" : "lockbox.notice"),
                    new FontIcon(MaterialDesignL.LOCK_OUTLINE));
            text.setWrapText(true);
            text.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(text, Priority.ALWAYS);
            Button glass = new Button(messages.get("lockbox.glass.button"));
            glass.getStyleClass().add("lockbox-break-glass");
            glass.setMinWidth(Button.USE_PREF_SIZE);
            glass.setOnAction(event -> breakGlass(clientId, opened));
            return banner("lockbox-notice", text, glass);
        }
        if (withheld.glassOpenUntil().isPresent()) {
            String until = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(messages.locale())
                    .format(withheld.glassOpenUntil().get().atZone(zone));
            Label text = new Label(messages.get("lockbox.glass.open", until), new FontIcon(MaterialDesignE.EYE_OUTLINE));
            text.setWrapText(true);
            text.setMaxWidth(Double.MAX_VALUE);
            return banner("lockbox-glass-open", text);
        }
        return ClientPrivacy.NONE.notice(clientId, withheld, opened);
    }

    private static HBox banner(String styleClass, Node... children) {
        HBox banner = new HBox(12, children);
        banner.setAlignment(Pos.CENTER_LEFT);
        banner.getStyleClass().addAll("banner-warning", styleClass);
        banner.setMaxWidth(Double.MAX_VALUE);
        return banner;
    }

    /** Asks for the kind and the reason, then opens the record; a refused reason is explained, nothing is opened. */
    public void breakGlass(long clientId, Runnable opened) {
        dialogs.show(new BreakGlassDialog(messages)).ifPresent(request -> tasks.run(
                () -> lockbox.breakGlass(clientId, request.kind(), request.reason(), viewer),
                ends -> {
                    navigator.say(messages.get("lockbox.glass.done", LockboxService.GLASS_OPEN_FOR.toMinutes()));
                    opened.run();
                },
                failure -> {
                    if (failure instanceof ValidationException invalid) {
                        var first = invalid.errors().get(0);
                        dialogs.error(messages.get("lockbox.glass.title"), messages.get(first.messageKey(), first.args()));
                    } else {
                        errors.report(failure);
                    }
                }));
    }
}
