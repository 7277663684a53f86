package org.linkwell.programs;

import static org.linkwell.db.Tables.INTEREST;
import static org.linkwell.db.Tables.PROGRAM;
import static org.linkwell.db.Tables.PROGRAM_ACCESSIBILITY;
import static org.linkwell.db.Tables.PROGRAM_AUDIENCE;
import static org.linkwell.db.Tables.PROGRAM_INTEREST;
import static org.linkwell.db.Tables.PROGRAM_LANGUAGE;
import static org.linkwell.db.Tables.PROGRAM_SCHEDULE;

import java.time.Instant;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.linkwell.core.VersionedRows;
import org.linkwell.db.tables.records.ProgramRecord;
import org.linkwell.db.tables.records.ProgramScheduleRecord;

/** The only code that speaks SQL about programs; organisations are in {@link OrganizationRepository}. */
public final class ProgramRepository {

    public List<Program> findAll(DSLContext dsl) {
        return load(dsl, DSL.noCondition());
    }

    public Optional<Program> find(DSLContext dsl, long id) {
        return load(dsl, PROGRAM.ID.eq(id)).stream().findFirst();
    }

    public Optional<Program> findByExternalId(DSLContext dsl, String externalId) {
        return load(dsl, PROGRAM.EXTERNAL_ID.eq(externalId)).stream().findFirst();
    }

    public long insert(DSLContext tx, Program program, Instant now) {
        ProgramRecord row = tx.newRecord(PROGRAM);
        fill(row, program);
        row.setCreatedAt(now).setUpdatedAt(now);
        row.store();
        writeDetails(tx, row.getId(), program, now);
        return row.getId();
    }

    /** Saves over the stored program unless someone saved it since it was read; returns the new version. */
    public int update(DSLContext tx, Program program, Instant now) {
        ProgramRecord row = tx.newRecord(PROGRAM);
        fill(row, program);
        VersionedRows.update(tx, PROGRAM, row, program.id(), program.version(), now);
        tx.deleteFrom(PROGRAM_INTEREST).where(PROGRAM_INTEREST.PROGRAM_ID.eq(program.id())).execute();
        tx.deleteFrom(PROGRAM_LANGUAGE).where(PROGRAM_LANGUAGE.PROGRAM_ID.eq(program.id())).execute();
        tx.deleteFrom(PROGRAM_ACCESSIBILITY).where(PROGRAM_ACCESSIBILITY.PROGRAM_ID.eq(program.id())).execute();
        tx.deleteFrom(PROGRAM_AUDIENCE).where(PROGRAM_AUDIENCE.PROGRAM_ID.eq(program.id())).execute();
        tx.deleteFrom(PROGRAM_SCHEDULE).where(PROGRAM_SCHEDULE.PROGRAM_ID.eq(program.id())).execute();
        writeDetails(tx, program.id(), program, now);
        return program.version() + 1;
    }

    /** Interest codes not in the shared vocabulary, among {@code codes}. */
    public Set<String> unknownInterests(DSLContext dsl, Set<String> codes) {
        Set<String> unknown = new HashSet<>(codes);
        unknown.removeAll(dsl.select(INTEREST.CODE).from(INTEREST).where(INTEREST.CODE.in(codes)).fetch(INTEREST.CODE));
        return unknown;
    }

    private static void fill(ProgramRecord row, Program p) {
        row.setExternalId(p.externalId()).setName(p.name()).setDescription(blankToNull(p.description()))
                .setPartnerOrganizationId(p.organizationId().orElse(null)).setCategory(p.category().code())
                .setLocationKind(p.location().kind().code()).setLocationName(blankToNull(p.location().placeName()))
                .setStreet(blankToNull(p.location().street())).setCity(blankToNull(p.location().city()))
                .setPostalCode(blankToNull(p.location().postalCode()))
                .setVirtualLink(blankToNull(p.location().virtualLink()))
                .setCostKind(p.cost().kind().code()).setCostCents(boxed(p.cost().cents()))
                .setSubsidyAvailable(p.cost().subsidyAvailable())
                .setMinAge(boxed(p.eligibility().minAge())).setMaxAge(boxed(p.eligibility().maxAge()))
                .setCapacity(boxed(p.capacity().places())).setIsFull(p.capacity().full())
                .setHowToJoin(p.joining().how().code()).setJoinDetails(blankToNull(p.joining().details()))
                .setContactName(blankToNull(p.contact().name())).setContactPhone(blankToNull(p.contact().phone()))
                .setContactEmail(blankToNull(p.contact().email()))
                .setIsCoCreated(p.coCreated()).setIsChampionLed(p.championLed())
                .setLastVerifiedOn(p.lastVerifiedOn().orElse(null)).setStatus(p.status().code());
    }

    private static void writeDetails(DSLContext tx, long id, Program p, Instant now) {
        if (!p.interestCodes().isEmpty()) {
            tx.insertInto(PROGRAM_INTEREST, PROGRAM_INTEREST.PROGRAM_ID, PROGRAM_INTEREST.INTEREST_ID)
                    .select(DSL.select(DSL.val(id), INTEREST.ID).from(INTEREST).where(INTEREST.CODE.in(p.interestCodes())))
                    .execute();
        }
        p.languages().forEach(language -> tx.insertInto(PROGRAM_LANGUAGE)
                .set(PROGRAM_LANGUAGE.PROGRAM_ID, id).set(PROGRAM_LANGUAGE.LANGUAGE, language).execute());
        p.accessibility().forEach(feature -> tx.insertInto(PROGRAM_ACCESSIBILITY)
                .set(PROGRAM_ACCESSIBILITY.PROGRAM_ID, id).set(PROGRAM_ACCESSIBILITY.FEATURE, feature.code()).execute());
        p.eligibility().audiences().forEach(audience -> tx.insertInto(PROGRAM_AUDIENCE)
                .set(PROGRAM_AUDIENCE.PROGRAM_ID, id).set(PROGRAM_AUDIENCE.AUDIENCE, audience.code()).execute());
        for (Schedule s : p.schedules()) {
            tx.insertInto(PROGRAM_SCHEDULE)
                    .set(PROGRAM_SCHEDULE.PROGRAM_ID, id).set(PROGRAM_SCHEDULE.FREQ, s.frequency().name())
                    .set(PROGRAM_SCHEDULE.INTERVAL, s.interval()).set(PROGRAM_SCHEDULE.BYDAY, s.byday())
                    .set(PROGRAM_SCHEDULE.BYMONTH, blankToNull(s.bymonth()))
                    .set(PROGRAM_SCHEDULE.OPENS_AT, s.opensAt().toString())
                    .set(PROGRAM_SCHEDULE.CLOSES_AT, s.closesAt().toString())
                    .set(PROGRAM_SCHEDULE.VALID_FROM, s.validFrom().orElse(null))
                    .set(PROGRAM_SCHEDULE.VALID_TO, s.validTo().orElse(null))
                    .set(PROGRAM_SCHEDULE.NOTE, blankToNull(s.note()))
                    .set(PROGRAM_SCHEDULE.CREATED_AT, now).set(PROGRAM_SCHEDULE.UPDATED_AT, now)
                    .execute();
        }
    }

    /** Loads programs and all their tags with one query per table, not one per program. */
    private static List<Program> load(DSLContext dsl, Condition which) {
        List<ProgramRecord> rows = dsl.selectFrom(PROGRAM).where(which).orderBy(PROGRAM.NAME).fetch();
        if (rows.isEmpty()) {
            return List.of();
        }
        Set<Long> ids = new HashSet<>();
        rows.forEach(row -> ids.add(row.getId()));
        Map<Long, Set<String>> interests = group(dsl.select(PROGRAM_INTEREST.PROGRAM_ID, INTEREST.CODE)
                .from(PROGRAM_INTEREST).join(INTEREST).on(INTEREST.ID.eq(PROGRAM_INTEREST.INTEREST_ID))
                .where(PROGRAM_INTEREST.PROGRAM_ID.in(ids)).fetch().map(r -> Map.entry(r.value1(), r.value2())));
        Map<Long, Set<String>> languages = group(dsl.selectFrom(PROGRAM_LANGUAGE)
                .where(PROGRAM_LANGUAGE.PROGRAM_ID.in(ids)).fetch().map(r -> Map.entry(r.getProgramId(), r.getLanguage())));
        Map<Long, Set<String>> features = group(dsl.selectFrom(PROGRAM_ACCESSIBILITY)
                .where(PROGRAM_ACCESSIBILITY.PROGRAM_ID.in(ids)).fetch()
                .map(r -> Map.entry(r.getProgramId(), r.getFeature())));
        Map<Long, Set<String>> audiences = group(dsl.selectFrom(PROGRAM_AUDIENCE)
                .where(PROGRAM_AUDIENCE.PROGRAM_ID.in(ids)).fetch().map(r -> Map.entry(r.getProgramId(), r.getAudience())));
        Map<Long, List<Schedule>> schedules = new HashMap<>();
        dsl.selectFrom(PROGRAM_SCHEDULE).where(PROGRAM_SCHEDULE.PROGRAM_ID.in(ids)).orderBy(PROGRAM_SCHEDULE.ID)
                .forEach(r -> schedules.computeIfAbsent(r.getProgramId(), k -> new java.util.ArrayList<>()).add(schedule(r)));
        return rows.stream().map(row -> toProgram(row, interests, languages, features, audiences, schedules)).toList();
    }

    private static Program toProgram(ProgramRecord r, Map<Long, Set<String>> interests, Map<Long, Set<String>> languages,
                                     Map<Long, Set<String>> features, Map<Long, Set<String>> audiences,
                                     Map<Long, List<Schedule>> schedules) {
        long id = r.getId();
        return new Program(id, r.getVersion(), r.getExternalId(), r.getName(), text(r.getDescription()),
                Optional.ofNullable(r.getPartnerOrganizationId()), Code.parse(Category.class, r.getCategory()),
                new Program.Location(Code.parse(LocationKind.class, r.getLocationKind()), text(r.getLocationName()),
                        text(r.getStreet()), text(r.getCity()), text(r.getPostalCode()), text(r.getVirtualLink())),
                new Program.Cost(Code.parse(CostKind.class, r.getCostKind()), optional(r.getCostCents()),
                        r.getSubsidyAvailable()),
                interests.getOrDefault(id, Set.of()), languages.getOrDefault(id, Set.of()),
                features.getOrDefault(id, Set.of()).stream().map(f -> Code.parse(AccessibilityFeature.class, f))
                        .collect(java.util.stream.Collectors.toSet()),
                new Program.Eligibility(optional(r.getMinAge()), optional(r.getMaxAge()),
                        audiences.getOrDefault(id, Set.of()).stream().map(a -> Code.parse(Audience.class, a))
                                .collect(java.util.stream.Collectors.toSet())),
                new Program.Capacity(optional(r.getCapacity()), r.getIsFull()),
                new Program.Joining(Code.parse(HowToJoin.class, r.getHowToJoin()), text(r.getJoinDetails())),
                new Program.Contact(text(r.getContactName()), text(r.getContactPhone()), text(r.getContactEmail())),
                r.getIsCoCreated(), r.getIsChampionLed(), Optional.ofNullable(r.getLastVerifiedOn()),
                Code.parse(ProgramStatus.class, r.getStatus()), schedules.getOrDefault(id, List.of()));
    }

    private static Schedule schedule(ProgramScheduleRecord r) {
        return Schedule.fromRule(r.getFreq(), r.getInterval(), r.getByday(), r.getBymonth(),
                LocalTime.parse(r.getOpensAt()), LocalTime.parse(r.getClosesAt()),
                Optional.ofNullable(r.getValidFrom()), Optional.ofNullable(r.getValidTo()), text(r.getNote()));
    }

    private static Map<Long, Set<String>> group(List<Map.Entry<Long, String>> pairs) {
        Map<Long, Set<String>> grouped = new HashMap<>();
        pairs.forEach(pair -> grouped.computeIfAbsent(pair.getKey(), k -> new HashSet<>()).add(pair.getValue()));
        return grouped;
    }

    private static OptionalInt optional(Integer value) {
        return value == null ? OptionalInt.empty() : OptionalInt.of(value);
    }

    private static Integer boxed(OptionalInt value) {
        return value.isPresent() ? value.getAsInt() : null;
    }

    static String text(String value) {
        return value == null ? "" : value;
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
