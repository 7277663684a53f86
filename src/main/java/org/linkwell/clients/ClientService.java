package org.linkwell.clients;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.linkwell.core.Audit;
import org.linkwell.core.Database;
import org.linkwell.core.ValidationException;
import org.linkwell.core.ValidationException.FieldError;

/** What a user can do with client records: one transaction per action, audited in the same one. */
public final class ClientService {
    public static final String TABLE = "client";
    public static final int DEFAULT_LIMIT = 200;

    private final Database database;
    private final ClientRepository repository;
    private final Audit audit;
    private final Clock clock;

    public ClientService(Database database, ClientRepository repository, Audit audit, Clock clock) {
        this.database = database;
        this.repository = repository;
        this.audit = audit;
        this.clock = clock;
    }

    /** Search as you type: names, preferred name, chart number, phone digits, birth date; accents ignored. */
    public List<ClientSummary> search(String typed, StatusFilter filter, int limit) {
        Optional<String> match = SearchQuery.toMatch(typed);
        if (match.isEmpty() && typed != null && !typed.isBlank()) {
            return List.of();
        }
        return database.read(dsl -> repository.search(dsl, match, filter, limit));
    }

    /** Names and chart numbers for lists such as the dashboard (no personal detail beyond the list's). */
    public Map<Long, ClientSummary> summaries(java.util.Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return database.read(dsl -> repository.withIds(dsl, ids)).stream()
                .collect(java.util.stream.Collectors.toMap(ClientSummary::id, summary -> summary));
    }

    public int count(StatusFilter filter) {
        return database.read(dsl -> repository.count(dsl, filter));
    }

    /** Opens a client's record; the view is audit-logged. */
    public Client open(long id) {
        return database.transaction(tx -> {
            Client client = repository.find(tx, id).orElseThrow(() -> new ClientNotFoundException(id));
            audit.record(tx, Audit.Action.VIEW, TABLE, id);
            return client;
        });
    }

    /** Other clients who may be the same person as this (unsaved) client. */
    public List<DuplicateMatch> possibleDuplicates(Client draft) {
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

    /** Creates the client (checked and normalised) and returns it as stored. */
    public Client create(Client draft) {
        Client checked = ClientRules.check(draft, today());
        return database.transaction(tx -> {
            requireUniqueChartNumber(tx, checked);
            long id = repository.insert(tx, checked, now());
            audit.record(tx, Audit.Action.CREATE, TABLE, id);
            return repository.find(tx, id).orElseThrow();
        });
    }

    /** Saves changes; refused with StaleRecordException when someone else saved first. */
    public Client update(Client edited) {
        Client checked = ClientRules.check(edited, today());
        return database.transaction(tx -> {
            requireUniqueChartNumber(tx, checked);
            repository.update(tx, checked, now());
            audit.record(tx, Audit.Action.UPDATE, TABLE, checked.id());
            return repository.find(tx, checked.id()).orElseThrow();
        });
    }

    public Client save(Client client) {
        return client.isNew() ? create(client) : update(client);
    }

    /** Closes a client's file with a reason; nothing is deleted. */
    public Client close(long id, int version, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new ValidationException(List.of(new FieldError("closeReason", "validation.required")));
        }
        return database.transaction(tx -> {
            repository.close(tx, id, version, today(), reason.trim(), now());
            audit.record(tx, Audit.Action.CLOSE, TABLE, id);
            return repository.find(tx, id).orElseThrow();
        });
    }

    public Client reopen(long id, int version) {
        return database.transaction(tx -> {
            repository.reopen(tx, id, version, now());
            audit.record(tx, Audit.Action.REOPEN, TABLE, id);
            return repository.find(tx, id).orElseThrow();
        });
    }

    public List<InterestOption> interests() {
        return database.read(repository::interests);
    }

    /** Adds a tag to the shared interest list (used for clients and, later, program tags). */
    public InterestOption addInterest(String labelEn, String labelFr) {
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
