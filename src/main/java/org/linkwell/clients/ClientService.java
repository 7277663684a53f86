package org.linkwell.clients;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.linkwell.core.Access;
import org.linkwell.core.Audit;
import org.linkwell.core.Database;
import org.linkwell.core.Permission;
import org.linkwell.core.ValidationException;
import org.linkwell.core.ValidationException.FieldError;

/**
 * What a user can do with client records: one transaction per action, audited in the same one. Everyone with
 * {@link Permission#CLIENT_CONTACT} finds clients and keeps their identity and contact details; the rest of the
 * record (consent, what matters, needs, barriers, equity answers) only reaches people whose role and caseload
 * open it, and is kept as stored when someone else saves the contact details.
 */
public final class ClientService {
    public static final String TABLE = "client";
    public static final int DEFAULT_LIMIT = 200;

    private final Database database;
    private final ClientRepository repository;
    private final Audit audit;
    private final Clock clock;
    private final Access access;

    public ClientService(Database database, ClientRepository repository, Audit audit, Clock clock, Access access) {
        this.database = database;
        this.repository = repository;
        this.audit = audit;
        this.clock = clock;
        this.access = access;
    }

    /** Search as you type: names, preferred name, chart number, phone digits, birth date; accents ignored. */
    public List<ClientSummary> search(String typed, StatusFilter filter, int limit) {
        access.require(Permission.CLIENT_CONTACT);
        Optional<String> match = SearchQuery.toMatch(typed);
        if (match.isEmpty() && typed != null && !typed.isBlank()) {
            return List.of();
        }
        return database.read(dsl -> repository.search(dsl, match, filter, limit));
    }

    /** Names and chart numbers for lists such as the dashboard (no personal detail beyond the list's). */
    public Map<Long, ClientSummary> summaries(java.util.Collection<Long> ids) {
        access.require(Permission.CLIENT_CONTACT);
        if (ids.isEmpty()) {
            return Map.of();
        }
        return database.read(dsl -> repository.withIds(dsl, ids)).stream()
                .collect(java.util.stream.Collectors.toMap(ClientSummary::id, summary -> summary));
    }

    public int count(StatusFilter filter) {
        access.require(Permission.CLIENT_CONTACT);
        return database.read(dsl -> repository.count(dsl, filter));
    }

    /**
     * Opens a client's record; the view is audit-logged. Someone whose role or caseload does not open the whole
     * record gets the identity and contact details only (see {@link #mayOpenRecord}).
     */
    public Client open(long id) {
        access.require(Permission.CLIENT_CONTACT);
        return database.transaction(tx -> {
            Client client = repository.find(tx, id).orElseThrow(() -> new ClientNotFoundException(id));
            audit.record(tx, Audit.Action.VIEW, TABLE, id);
            return wholeRecord(tx, id) ? client : contactOnly(client);
        });
    }

    /**
     * Whether the acting person sees this client's whole record, or only the identity and contact details. For a
     * client not saved yet (id 0): whether they may fill in the whole record.
     */
    public boolean mayOpenRecord(long id) {
        access.require(Permission.CLIENT_CONTACT);
        return id == 0 ? access.may(Permission.CLIENT_RECORD) : database.read(dsl -> wholeRecord(dsl, id));
    }

    /** Whether the acting person may change this client's record beyond the contact details (id 0: a new client). */
    public boolean mayChangeRecord(long id) {
        access.require(Permission.CLIENT_CONTACT);
        return access.may(Permission.JOURNEY_WORK) && (id == 0 || database.read(dsl -> wholeRecord(dsl, id)));
    }

    private boolean wholeRecord(org.jooq.DSLContext dsl, long id) {
        return access.may(Permission.CLIENT_RECORD) && access.reaches(dsl, id);
    }

    /** The identity and contact details, with the rest of the record left out. */
    static Client contactOnly(Client client) {
        Client blank = Client.blank();
        return new Client(client.id(), client.version(), client.identity(), client.contact(), blank.consent(),
                blank.strengths(), List.of(), List.of(), blank.equity(), client.closure());
    }

    /** Other clients who may be the same person as this (unsaved) client. */
    public List<DuplicateMatch> possibleDuplicates(Client draft) {
        access.require(Permission.CLIENT_CONTACT);
        Client.Identity id = draft.identity();
        String phone = ClientRules.phone(draft.contact().phone()).orElse("");
        return database.read(dsl -> {
            Map<Long, DuplicateMatch> matches = new LinkedHashMap<>();
            if (!id.chartNumber().isBlank()) {
                repository.withChartNumber(dsl, id.chartNumber().trim())
                        .forEach(other -> add(matches, draft, other, DuplicateMatch.Reason.CHART_NUMBER));
            }
            id.dateOfBirth().ifPresent(dob -> repository.withBirthDate(dsl, dob).stream()
                    .filter(other -> ClientRules.fold(other.familyName()).equals(ClientRules.fold(id.familyName()))
                            && ClientRules.fold(other.givenName()).equals(ClientRules.fold(id.givenName())))
                    .forEach(other -> add(matches, draft, other, DuplicateMatch.Reason.NAME_AND_BIRTH_DATE)));
            if (!phone.isBlank()) {
                repository.withPhone(dsl, phone).forEach(other -> add(matches, draft, other, DuplicateMatch.Reason.PHONE));
            }
            return new ArrayList<>(matches.values());
        });
    }

    private static void add(Map<Long, DuplicateMatch> matches, Client draft, ClientSummary other, DuplicateMatch.Reason reason) {
        if (other.id() != draft.id()) {
            matches.putIfAbsent(other.id(), new DuplicateMatch(other, reason));
        }
    }

    /**
     * Creates the client (checked and normalised) and returns it as stored. Beyond the identity and contact details,
     * the record is filled in by people who work journeys (a prescriber's new client gets those parts from the
     * navigator).
     */
    public Client create(Client draft) {
        access.require(Permission.CLIENT_CONTACT);
        Client checked = ClientRules.check(access.may(Permission.JOURNEY_WORK) ? draft : contactOnly(draft), today());
        return database.transaction(tx -> {
            requireUniqueChartNumber(tx, checked);
            long id = repository.insert(tx, checked, now());
            audit.record(tx, Audit.Action.CREATE, TABLE, id);
            Client created = repository.find(tx, id).orElseThrow();
            return access.may(Permission.CLIENT_RECORD) ? created : contactOnly(created);
        });
    }

    /**
     * Saves changes; refused with StaleRecordException when someone else saved first. Someone who may not change the
     * whole record (contact details only, or a prescriber, who reads their clients' records) changes the identity and
     * contact details; the rest of the record stays as stored.
     */
    public Client update(Client edited) {
        access.require(Permission.CLIENT_CONTACT);
        return database.transaction(tx -> {
            boolean whole = wholeRecord(tx, edited.id());
            Client merged = whole && access.may(Permission.JOURNEY_WORK) ? edited : repository.find(tx, edited.id())
                    .map(stored -> new Client(edited.id(), edited.version(), edited.identity(), edited.contact(),
                            stored.consent(), stored.strengths(), stored.needs(), stored.barriers(), stored.equity(),
                            stored.closure()))
                    .orElseThrow(() -> new ClientNotFoundException(edited.id()));
            Client checked = ClientRules.check(merged, today());
            requireUniqueChartNumber(tx, checked);
            repository.update(tx, checked, now());
            audit.record(tx, Audit.Action.UPDATE, TABLE, checked.id());
            Client saved = repository.find(tx, checked.id()).orElseThrow();
            return whole ? saved : contactOnly(saved);
        });
    }

    public Client save(Client client) {
        return client.isNew() ? create(client) : update(client);
    }

    /** Closes a client's file with a reason (journey work, for one's own clients); nothing is deleted. */
    public Client close(long id, int version, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new ValidationException(List.of(new FieldError("closeReason", "validation.required")));
        }
        return database.transaction(tx -> {
            access.requireRecord(tx, id, Permission.JOURNEY_WORK);
            repository.close(tx, id, version, today(), reason.trim(), now());
            audit.record(tx, Audit.Action.CLOSE, TABLE, id);
            return repository.find(tx, id).orElseThrow();
        });
    }

    public Client reopen(long id, int version) {
        return database.transaction(tx -> {
            access.requireRecord(tx, id, Permission.JOURNEY_WORK);
            repository.reopen(tx, id, version, now());
            audit.record(tx, Audit.Action.REOPEN, TABLE, id);
            return repository.find(tx, id).orElseThrow();
        });
    }

    /** The shared list of interests (no one's personal data: it is the catalog's vocabulary too). */
    public List<InterestOption> interests() {
        access.require(Permission.CATALOG_READ);
        return database.read(repository::interests);
    }

    /** Adds a tag to the shared interest list (used for clients and, later, program tags). */
    public InterestOption addInterest(String labelEn, String labelFr) {
        access.require(Permission.CATALOG_EDIT);
        List<FieldError> errors = new ArrayList<>();
        if (labelEn == null || labelEn.isBlank()) {
            errors.add(new FieldError("labelEn", "validation.required"));
        }
        if (labelFr == null || labelFr.isBlank()) {
            errors.add(new FieldError("labelFr", "validation.required"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        String code = ClientRules.slug(labelEn);
        InterestOption option = new InterestOption(code, labelEn.strip(), labelFr.strip());
        return database.transaction(tx -> {
            if (repository.interestExists(tx, code)) {
                throw new ValidationException(List.of(new FieldError("labelEn", "validation.interest.exists", labelEn.strip())));
            }
            repository.insertInterest(tx, option, now());
            return option;
        });
    }

    private void requireUniqueChartNumber(org.jooq.DSLContext tx, Client client) {
        String chart = client.identity().chartNumber();
        if (!chart.isBlank() && repository.withChartNumber(tx, chart).stream().anyMatch(other -> other.id() != client.id())) {
            throw new ValidationException(List.of(new FieldError("chartNumber", "validation.chartNumber.taken", chart)));
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private Instant now() {
        return clock.instant();
    }

    public static class ClientNotFoundException extends RuntimeException {
        public ClientNotFoundException(long id) {
            super("no client with id " + id);
        }
    }
}
