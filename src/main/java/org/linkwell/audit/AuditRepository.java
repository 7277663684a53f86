package org.linkwell.audit;

import static org.linkwell.db.Tables.AUDIT_EVENT;
import static org.linkwell.db.Tables.CLIENT;
import static org.linkwell.db.Tables.ENCOUNTER;
import static org.linkwell.db.Tables.REFERRAL;
import static org.linkwell.db.Tables.SOCIAL_PRESCRIPTION;
import static org.linkwell.db.Tables.STAFF;
import static org.linkwell.db.Tables.STAFF_LOGIN;
import static org.linkwell.db.Tables.SURVEY_RESPONSE;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.TableField;

/**
 * Reads the audit log for the viewer. Every question is answered through the log's indexes (by table and record,
 * by actor and time), a page at a time; the client and staff names are looked up for the rows of that page only.
 */
public final class AuditRepository {
    /** Tables whose record id is the client's own id. */
    static final Set<String> CLIENT_KEYED = Set.of("client", AuditViewerService.TABLE, "health_champion");

    private record Child(String name, Table<?> table, TableField<?, Long> id, TableField<?, Long> clientId) {
    }

    /** Tables whose rows belong to one client through a client_id column. */
    private static final List<Child> CHILDREN = List.of(
            new Child("referral", REFERRAL, REFERRAL.ID, REFERRAL.CLIENT_ID),
            new Child("encounter", ENCOUNTER, ENCOUNTER.ID, ENCOUNTER.CLIENT_ID),
            new Child("social_prescription", SOCIAL_PRESCRIPTION, SOCIAL_PRESCRIPTION.ID, SOCIAL_PRESCRIPTION.CLIENT_ID),
            new Child("survey_response", SURVEY_RESPONSE, SURVEY_RESPONSE.ID, SURVEY_RESPONSE.CLIENT_ID));

    static Condition aboutClient(DSLContext dsl, long clientId) {
        Condition about = AUDIT_EVENT.TABLE_NAME.in(CLIENT_KEYED).and(AUDIT_EVENT.RECORD_ID.eq(clientId));
        for (Child child : CHILDREN) {
            about = about.or(AUDIT_EVENT.TABLE_NAME.eq(child.name()).and(AUDIT_EVENT.RECORD_ID.in(
                    dsl.select(child.id()).from(child.table()).where(child.clientId().eq(clientId)))));
        }
        return about;
    }

    static Condition byActor(String actor, Instant from, Instant until) {
        return AUDIT_EVENT.ACTOR.eq(actor).and(AUDIT_EVENT.OCCURRED_AT.ge(from)).and(AUDIT_EVENT.OCCURRED_AT.lt(until));
    }

    /** Rows about a client's record in the period: what a sample is drawn from. */
    static Condition clientAccesses(Instant from, Instant until) {
        Set<String> tables = new java.util.HashSet<>(CLIENT_KEYED);
        CHILDREN.forEach(child -> tables.add(child.name()));
        tables.remove(AuditViewerService.TABLE);
        return AUDIT_EVENT.OCCURRED_AT.ge(from).and(AUDIT_EVENT.OCCURRED_AT.lt(until))
                .and(AUDIT_EVENT.TABLE_NAME.in(tables));
    }

    int count(DSLContext dsl, Condition where) {
        return dsl.fetchCount(AUDIT_EVENT, where);
    }

    /** Newest first. */
    List<AuditEntry> page(DSLContext dsl, Condition where, int offset, int limit) {
        return entries(dsl, dsl.selectFrom(AUDIT_EVENT).where(where).orderBy(AUDIT_EVENT.ID.desc())
                .limit(limit).offset(offset).fetch());
    }

    List<Long> ids(DSLContext dsl, Condition where) {
        return dsl.select(AUDIT_EVENT.ID).from(AUDIT_EVENT).where(where).orderBy(AUDIT_EVENT.ID)
                .fetch(AUDIT_EVENT.ID);
    }

    List<AuditEntry> withIds(DSLContext dsl, Collection<Long> ids) {
        return entries(dsl, dsl.selectFrom(AUDIT_EVENT).where(AUDIT_EVENT.ID.in(ids)).orderBy(AUDIT_EVENT.ID).fetch());
    }

    /** The names the log holds, for choosing a person: everyone with a login, and anyone else the log names. */
    List<String> actors(DSLContext dsl) {
        Set<String> names = new java.util.TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        names.addAll(dsl.select(STAFF_LOGIN.USERNAME).from(STAFF_LOGIN).fetch(STAFF_LOGIN.USERNAME));
        names.addAll(dsl.selectDistinct(AUDIT_EVENT.ACTOR).from(AUDIT_EVENT).fetch(AUDIT_EVENT.ACTOR));
        return new ArrayList<>(names);
    }

    private List<AuditEntry> entries(DSLContext dsl, List<? extends Record> rows) {
        Map<String, String> staffNames = dsl.select(STAFF_LOGIN.USERNAME, STAFF.NAME).from(STAFF_LOGIN)
                .join(STAFF).on(STAFF.ID.eq(STAFF_LOGIN.STAFF_ID)).fetch().stream()
                .collect(Collectors.toMap(r -> r.value1().toLowerCase(Locale.ROOT), r -> r.value2(), (a, b) -> a));
        Map<String, Map<Long, Long>> owners = owners(dsl, rows);
        Set<Long> clientIds = new java.util.HashSet<>();
        owners.values().forEach(map -> clientIds.addAll(map.values()));
        Map<Long, String> labels = clientLabels(dsl, clientIds);
        List<AuditEntry> entries = new ArrayList<>(rows.size());
        for (Record row : rows) {
            String table = row.get(AUDIT_EVENT.TABLE_NAME);
            long recordId = row.get(AUDIT_EVENT.RECORD_ID);
            Optional<Long> client = Optional.ofNullable(owners.getOrDefault(table, Map.of()).get(recordId));
            String actor = row.get(AUDIT_EVENT.ACTOR);
            entries.add(new AuditEntry(row.get(AUDIT_EVENT.ID), row.get(AUDIT_EVENT.OCCURRED_AT), actor,
                    Optional.ofNullable(staffNames.get(actor.toLowerCase(Locale.ROOT))), row.get(AUDIT_EVENT.ACTION),
                    table, recordId, Boolean.TRUE.equals(row.get(AUDIT_EVENT.BREAK_GLASS)), client,
                    client.map(labels::get).orElse("")));
        }
        return entries;
    }

    /** For each table of the page's rows: record id → the client it belongs to. */
    private Map<String, Map<Long, Long>> owners(DSLContext dsl, List<? extends Record> rows) {
        Map<String, Set<Long>> wanted = new HashMap<>();
        rows.forEach(row -> wanted.computeIfAbsent(row.get(AUDIT_EVENT.TABLE_NAME), t -> new java.util.HashSet<>())
                .add(row.get(AUDIT_EVENT.RECORD_ID)));
        Map<String, Map<Long, Long>> owners = new HashMap<>();
        wanted.forEach((table, ids) -> {
            if (CLIENT_KEYED.contains(table)) {
                owners.put(table, ids.stream().collect(Collectors.toMap(id -> id, id -> id)));
            }
        });
        for (Child child : CHILDREN) {
            Set<Long> ids = wanted.get(child.name());
            if (ids != null) {
                Field<Long> id = child.id();
                Field<Long> clientId = child.clientId();
                owners.put(child.name(), dsl.select(id, clientId).from(child.table()).where(id.in(ids)).fetch()
                        .stream().collect(Collectors.toMap(r -> r.value1(), r -> r.value2())));
            }
        }
        return owners;
    }

    private Map<Long, String> clientLabels(DSLContext dsl, Set<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<Long, String> labels = new HashMap<>();
        dsl.select(CLIENT.ID, CLIENT.CHART_NUMBER, CLIENT.GIVEN_NAME, CLIENT.FAMILY_NAME).from(CLIENT)
                .where(CLIENT.ID.in(ids)).fetch().forEach(r -> labels.put(r.value1(),
                        r.value3() + " " + r.value4() + (r.value2() == null || r.value2().isBlank() ? ""
                                : " · " + r.value2())));
        return labels;
    }
}
