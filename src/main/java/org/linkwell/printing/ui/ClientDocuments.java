package org.linkwell.printing.ui;

import java.util.Comparator;
import java.util.List;
import java.util.OptionalLong;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import org.linkwell.ui.Converters;
import org.linkwell.core.Messages;
import org.linkwell.printing.ClientDossier;
import org.linkwell.printing.DocumentKind;
import org.linkwell.printing.DocumentRequest;
import org.linkwell.printing.NothingToPrintException;
import org.linkwell.printing.Printout;
import org.linkwell.referrals.Referral;
import org.linkwell.referrals.SocialPrescription;

/**
 * "Print" on the client's page: the client copy, the chart copy, the letter to the prescriber, a note to a
 * partner organisation and the EMR summary. Each is made in the background, then previewed.
 */
public final class ClientDocuments {
    private final PrintContext c;
    private final Supplier<OptionalLong> client;
    private final MenuButton menu;

    public ClientDocuments(PrintContext context, Supplier<OptionalLong> shownClient) {
        this.c = context;
        this.client = shownClient;
        Messages m = context.messages();
        menu = new MenuButton(m.get("printing.menu"));
        menu.setId("print-menu");
        menu.getItems().setAll(
                item(DocumentKind.CLIENT_COPY, () -> make(DocumentRequest.of(DocumentKind.CLIENT_COPY))),
                item(DocumentKind.CHART_COPY, () -> make(DocumentRequest.of(DocumentKind.CHART_COPY))),
                item(DocumentKind.PRESCRIBER_LETTER, this::letter),
                item(DocumentKind.PARTNER_NOTE, this::partnerNote),
                item(DocumentKind.EMR_TEXT, () -> make(DocumentRequest.of(DocumentKind.EMR_TEXT))));
    }

    /** A note to a partner organisation is journey work (a disclosure): not offered to people who may only refer. */
    public ClientDocuments withAccess(org.linkwell.core.Access access) {
        menu.getItems().stream().filter(item -> ("print-" + DocumentKind.PARTNER_NOTE.code()).equals(item.getId()))
                .forEach(item -> item.setVisible(access.may(org.linkwell.core.Permission.JOURNEY_WORK)));
        return this;
    }

    public Node view() {
        return menu;
    }

    private MenuItem item(DocumentKind kind, Runnable action) {
        MenuItem item = new MenuItem(c.messages().get(kind.messageKey()) + "…");
        item.setId("print-" + kind.code());
        // Later, so the menu has closed before a dialog opens.
        item.setOnAction(event -> Platform.runLater(action));
        return item;
    }

    private void make(DocumentRequest request) {
        withDossier(dossier -> make(dossier, request));
    }

    private void make(ClientDossier dossier, DocumentRequest request) {
        c.navigator().say(c.messages().get("printing.preparing"));
        c.tasks().run(() -> c.printing().make(dossier, request), this::show, this::failed);
    }

    private void show(Printout printout) {
        c.navigator().say("");
        if (printout.hasPdf()) {
            c.dialogs().show(new PreviewDialog(printout, c));
        } else {
            c.dialogs().show(new EmrTextDialog(printout, c));
        }
    }

    private void letter() {
        withDossier(dossier -> {
            List<Referral> closed = dossier.journey().referrals().stream().filter(r -> r.status().isClosed())
                    .sorted(Comparator.comparing(Referral::referredOn).reversed()).toList();
            if (closed.isEmpty()) {
                nothing("printing.error.noClosedReferral");
            } else if (closed.size() == 1) {
                make(dossier, DocumentRequest.letter(closed.get(0).id()));
            } else {
                ChoiceDialog<Referral> choose = new ChoiceDialog<>(closed.get(0), closed);
                choose.setTitle(c.messages().get(DocumentKind.PRESCRIBER_LETTER.messageKey()));
                choose.setHeaderText(c.messages().get("printing.chooseReferral"));
                choose.setContentText(c.messages().get("printing.field.referredOn"));
                converter(choose);
                c.dialogs().show(choose).ifPresent(r -> make(dossier, DocumentRequest.letter(r.id())));
            }
        });
    }

    private void converter(ChoiceDialog<Referral> choose) {
        @SuppressWarnings("unchecked")
        javafx.scene.control.ComboBox<Referral> box = (javafx.scene.control.ComboBox<Referral>)
                choose.getDialogPane().lookup(".combo-box");
        if (box != null) {
            box.setAccessibleText(c.messages().get("printing.field.referredOn"));
            box.setConverter(Converters.named(r -> c.messages().date(r.referredOn()) + " — " + c.messages().get(r.status().messageKey())));
        }
    }

    private void partnerNote() {
        withDossier(dossier -> {
            List<SocialPrescription> withPartner = dossier.activePrescriptions().stream()
                    .filter(p -> dossier.organization(p).isPresent()).toList();
            if (withPartner.isEmpty()) {
                nothing("printing.error.noPartnerProgram");
                return;
            }
            c.dialogs().show(new PartnerNoteDialog(c.messages(), dossier, withPartner))
                    .ifPresent(request -> make(dossier, request));
        });
    }

    private void withDossier(Consumer<ClientDossier> then) {
        OptionalLong id = client.get();
        if (id.isEmpty()) {
            return;
        }
        c.tasks().run(() -> c.printing().dossier(id.getAsLong()), then);
    }

    private void nothing(String key) {
        c.dialogs().info(c.messages().get("printing.menu"), c.messages().get(key));
    }

    private void failed(Throwable failure) {
        c.navigator().say("");
        if (failure instanceof NothingToPrintException nothing) {
            nothing(nothing.messageKey());
        } else {
            c.errors().report(failure);
        }
    }
}
