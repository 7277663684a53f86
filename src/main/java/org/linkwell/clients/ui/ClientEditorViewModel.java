package org.linkwell.clients.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.InvalidationListener;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;
import org.linkwell.clients.Client;
import org.linkwell.clients.ClientRules;
import org.linkwell.clients.ClientService;
import org.linkwell.clients.DuplicateMatch;
import org.linkwell.core.Messages;
import org.linkwell.core.StaleRecordException;
import org.linkwell.core.ValidationException;
import org.linkwell.core.ValidationException.FieldError;
import org.linkwell.lockbox.Redaction;
import org.linkwell.lockbox.Withheld;
import org.linkwell.ui.ClientPrivacy;
import org.linkwell.ui.BackgroundTasks;
import org.linkwell.ui.ErrorReporter;

/** State and commands of the client editor: open, edit, check, warn of duplicates, save, close. */
public final class ClientEditorViewModel {
    /** What the user decided when Linkwell found possible duplicates. */
    public sealed interface DuplicateChoice {
        record SaveAnyway() implements DuplicateChoice { }
        record GoBack() implements DuplicateChoice { }
        record OpenOther(long clientId) implements DuplicateChoice { }
    }

    private final ClientService service;
    private final BackgroundTasks tasks;
    private final Messages messages;
    private final ErrorReporter errors;
    private final Clock clock;

    private final ClientForm form = new ClientForm();
    private final ObjectProperty<Client> stored = new SimpleObjectProperty<>(Client.blank());
    private final BooleanProperty dirty = new SimpleBooleanProperty();
    private final BooleanProperty active = new SimpleBooleanProperty();
    private final BooleanProperty wholeRecord = new SimpleBooleanProperty(true);
    private final BooleanProperty recordEditable = new SimpleBooleanProperty(true);
    private final StringProperty banner = new SimpleStringProperty("");
    private final ObservableMap<String, String> fieldErrors = FXCollections.observableHashMap();
    private final ObjectProperty<Withheld> withheld = new SimpleObjectProperty<>(Withheld.NOTHING);
    private final ObjectProperty<java.util.Optional<LockedRecord>> locked =
            new SimpleObjectProperty<>(java.util.Optional.empty());
    private ClientPrivacy privacy = ClientPrivacy.NONE;
    /** Equity answers the lockbox keeps off this screen: never shown, put back on save so they are not lost. */
    private Client.Equity hiddenEquity = Client.Equity.none();
    private boolean loading;

    /** A client whose whole record is withheld: only the name is shown. */
    public record LockedRecord(long clientId, String name) {
    }

    private Function<List<DuplicateMatch>, DuplicateChoice> duplicateDecider = matches -> new DuplicateChoice.GoBack();
    private Consumer<Client> onSaved = client -> { };
    private Consumer<String> onStatus = text -> { };

    public ClientEditorViewModel(ClientService service, BackgroundTasks tasks, Messages messages, ErrorReporter errors,
                                 Clock clock) {
        this.service = service;
        this.tasks = tasks;
        this.messages = messages;
        this.errors = errors;
        this.clock = clock;
        InvalidationListener edited = obs -> {
            if (!loading) {
                dirty.set(true);
            }
        };
        form.all().forEach(property -> property.addListener(edited));
    }

    public ClientForm form() {
        return form;
    }

    public void setDuplicateDecider(Function<List<DuplicateMatch>, DuplicateChoice> decider) {
        this.duplicateDecider = decider;
    }

    public void setOnSaved(Consumer<Client> onSaved) {
        this.onSaved = onSaved;
    }

    public void setOnStatus(Consumer<String> onStatus) {
        this.onStatus = onStatus;
    }

    public void setPrivacy(ClientPrivacy privacy) {
        this.privacy = privacy;
    }

    public ClientPrivacy privacy() {
        return privacy;
    }

    public void startNew() {
        locked.set(java.util.Optional.empty());
        withheld.set(Withheld.NOTHING);
        loadStored(Client.blank());
        active.set(true);
        tasks.run(() -> new Opened(Client.blank(), Withheld.NOTHING, java.util.Optional.empty(),
                service.mayOpenRecord(0), service.mayChangeRecord(0)), opened -> {
                    wholeRecord.set(opened.whole());
                    recordEditable.set(opened.editable());
                });
    }

    /** Opens the record as the lockbox allows: a whole record withheld is not even read, only the name. */
    public void open(long clientId) {
        tasks.run(() -> {
            Withheld hidden = privacy.withheld(clientId);
            if (hidden.wholeRecord()) {
                String name = service.summaries(List.of(clientId)).values().stream().findFirst()
                        .map(org.linkwell.clients.ClientSummary::displayName).orElse("");
                return new Opened(Client.blank(), hidden, java.util.Optional.of(new LockedRecord(clientId, name)),
                        false, false);
            }
            return new Opened(service.open(clientId), hidden, java.util.Optional.<LockedRecord>empty(),
                    service.mayOpenRecord(clientId), service.mayChangeRecord(clientId));
        }, opened -> {
            withheld.set(opened.withheld());
            locked.set(opened.locked());
            wholeRecord.set(opened.whole());
            recordEditable.set(opened.editable());
            loadStored(opened.client());
            active.set(true);
        });
    }

    private record Opened(Client client, Withheld withheld, java.util.Optional<LockedRecord> locked, boolean whole,
                          boolean editable) {
    }

    /** False when the person reads the whole record but changes only the contact details (a prescriber). */
    public BooleanProperty recordEditableProperty() {
        return recordEditable;
    }

    /** False when the person sees this client's identity and contact details only (their role or caseload). */
    public BooleanProperty wholeRecordProperty() {
        return wholeRecord;
    }

    /** Throws away unsaved edits and shows the record as stored. */
    public void revert() {
        load(stored.get());
    }

    public void save() {
        save(() -> { });
    }

    /** Checks the form, warns of possible duplicates, then saves in the background; {@code then} runs once saved. */
    public void save(Runnable then) {
        if (locked.get().isPresent()) {
            return;
        }
        fieldErrors.clear();
        banner.set("");
        ClientForm.Result result = form.toClient(stored.get());
        if (!result.errors().isEmpty()) {
            showErrors(result.errors());
            return;
        }
        Client draft = withheld.get().equity() ? Redaction.withEquity(result.client(), hiddenEquity) : result.client();
        try {
            ClientRules.check(draft, LocalDate.now(clock));
        } catch (ValidationException invalid) {
            showErrors(invalid.errors());
            return;
        }
        if (!identityChanged(draft)) {
            store(draft, then);
            return;
        }
        tasks.run(() -> service.possibleDuplicates(draft), matches -> {
            DuplicateChoice choice = matches.isEmpty() ? new DuplicateChoice.SaveAnyway() : duplicateDecider.apply(matches);
            if (choice instanceof DuplicateChoice.SaveAnyway) {
                store(draft, then);
            } else if (choice instanceof DuplicateChoice.OpenOther other) {
                open(other.clientId());
            }
        });
    }

    private boolean identityChanged(Client draft) {
        Client before = stored.get();
        return draft.isNew()
                || !draft.identity().equals(before.identity())
                || !ClientRules.phone(draft.contact().phone()).orElse("").equals(before.contact().phone());
    }

    private void store(Client draft, Runnable then) {
        tasks.run(() -> service.save(draft), saved -> {
            boolean created = draft.isNew();
            loadStored(saved);
            onStatus.accept(messages.get(created ? "client.status.created" : "client.status.saved", displayName(saved)));
            onSaved.accept(saved);
            then.run();
        }, this::saveFailed);
    }

    public void close(String reason) {
        Client client = stored.get();
        tasks.run(() -> service.close(client.id(), client.version(), reason), closed -> {
            loadStored(closed);
            onStatus.accept(messages.get("client.status.closed", displayName(closed)));
            onSaved.accept(closed);
        }, this::saveFailed);
    }

    public void reopen() {
        Client client = stored.get();
        tasks.run(() -> service.reopen(client.id(), client.version()), reopened -> {
            loadStored(reopened);
            onStatus.accept(messages.get("client.status.reopened", displayName(reopened)));
            onSaved.accept(reopened);
        }, this::saveFailed);
    }

    private void saveFailed(Throwable failure) {
        if (failure instanceof ValidationException invalid) {
            showErrors(invalid.errors());
        } else if (failure instanceof StaleRecordException) {
            banner.set(messages.get("error.stale"));
        } else {
            errors.report(failure);
        }
    }

    private void showErrors(List<FieldError> found) {
        for (FieldError error : found) {
            fieldErrors.put(error.field(), messages.get(error.messageKey(), error.args()));
        }
        banner.set(messages.get("validation.summary", found.size()));
    }

    /** A client as the service returned it: what the lockbox withholds is taken off before it reaches the form. */
    private void loadStored(Client client) {
        boolean equityHidden = withheld.get().equity();
        hiddenEquity = equityHidden ? client.equity() : Client.Equity.none();
        load(Redaction.client(client, withheld.get()));
    }

    private void load(Client client) {
        loading = true;
        try {
            stored.set(client);
            form.load(client);
            fieldErrors.clear();
            banner.set("");
            dirty.set(false);
        } finally {
            loading = false;
        }
    }

    public static String displayName(Client client) {
        String preferred = client.identity().preferredName();
        String given = preferred.isBlank() ? client.identity().givenName() : preferred;
        return given + " " + client.identity().familyName();
    }

    /** What the client's lockbox hides from the person at the desk, for the client now open. */
    public ObjectProperty<Withheld> withheldProperty() {
        return withheld;
    }

    /** Set while the client open is one whose whole record is withheld. */
    public ObjectProperty<java.util.Optional<LockedRecord>> lockedProperty() {
        return locked;
    }

    public ObjectProperty<Client> storedProperty() {
        return stored;
    }

    public BooleanProperty dirtyProperty() {
        return dirty;
    }

    public boolean isDirty() {
        return dirty.get();
    }

    /** True once a client (new or existing) is in the editor. */
    public BooleanProperty activeProperty() {
        return active;
    }

    public StringProperty bannerProperty() {
        return banner;
    }

    public ObservableMap<String, String> fieldErrors() {
        return fieldErrors;
    }
}
