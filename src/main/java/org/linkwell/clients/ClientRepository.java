package org.linkwell.clients;

import static org.linkwell.db.Tables.CLIENT;
import static org.linkwell.db.Tables.CLIENT_BARRIER;
import static org.linkwell.db.Tables.CLIENT_EQUITY;
import static org.linkwell.db.Tables.CLIENT_INTEREST;
import static org.linkwell.db.Tables.CLIENT_NEED;
import static org.linkwell.db.Tables.INTEREST;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.linkwell.core.StaleRecordException;
import org.linkwell.core.VersionedRows;
import org.linkwell.db.tables.records.ClientEquityRecord;
import org.linkwell.db.tables.records.ClientRecord;

/** The only code that speaks SQL about clients. */
public final class ClientRepository {
    private static final Table<?> SEARCH = DSL.table(DSL.name("client_search"));
    private static final Field<Long> SEARCH_ROWID = DSL.field(DSL.name("client_search", "rowid"), Long.class);
    private static final Field<Double> SEARCH_RANK = DSL.field(DSL.name("client_search", "rank"), Double.class);

    public long insert(DSLContext tx, Client client, Instant now) {
        ClientRecord row = tx.newRecord(CLIENT);
        fill(row, client);
        row.setCreatedAt(now);
        row.setUpdatedAt(now);
        row.store();
        long id = row.getId();
        writeDetails(tx, id, client, now);
        return id;
    }

    /**
     * Inserts many new clients at once with batched statements; returns their ids in list order.
     * Stores exactly what {@link #insert} stores, for loaders and benchmarks that create thousands.
     */
    public List<Long> insertAll(DSLContext tx, List<Client> clients, Instant now) {
        return ClientBatchWriter.insertAll(tx, clients, now);
    }

    /** Saves over the stored client if nobody else saved it since it was read; returns the new version. */
    public int update(DSLContext tx, Client client, Instant now) {
        ClientRecord row = tx.newRecord(CLIENT);
        fill(row, client);
        VersionedRows.update(tx, CLIENT, row, client.id(), client.version(), now);
        tx.deleteFrom(CLIENT_INTEREST).where(CLIENT_INTEREST.CLIENT_ID.eq(client.id())).execute();
        tx.deleteFrom(CLIENT_NEED).where(CLIENT_NEED.CLIENT_ID.eq(client.id())).execute();
        tx.deleteFrom(CLIENT_BARRIER).where(CLIENT_BARRIER.CLIENT_ID.eq(client.id())).execute();
        writeDetails(tx, client.id(), client, now);
        return client.version() + 1;
    }

    public int close(DSLContext tx, long id, int version, LocalDate on, String reason, Instant now) {
        int updated = tx.update(CLIENT)
                .set(CLIENT.STATUS, "closed").set(CLIENT.CLOSED_ON, on).set(CLIENT.CLOSE_REASON, reason)
                .set(CLIENT.UPDATED_AT, now).set(CLIENT.VERSION, version + 1)
                .where(CLIENT.ID.eq(id).and(CLIENT.VERSION.eq(version)))
                .execute();
        if (updated == 0) {
            throw new StaleRecordException("client", id);
        }
        return version + 1;
    }

    public int reopen(DSLContext tx, long id, int version, Instant now) {
        int updated = tx.update(CLIENT)
                .set(CLIENT.STATUS, "open").setNull(CLIENT.CLOSED_ON).setNull(CLIENT.CLOSE_REASON)
                .set(CLIENT.UPDATED_AT, now).set(CLIENT.VERSION, version + 1)
                .where(CLIENT.ID.eq(id).and(CLIENT.VERSION.eq(version)))
                .execute();
        if (updated == 0) {
            throw new StaleRecordException("client", id);
        }
        return version + 1;
    }

    public Optional<Client> find(DSLContext dsl, long id) {
        return dsl.selectFrom(CLIENT).where(CLIENT.ID.eq(id)).fetchOptional().map(row -> toClient(dsl, row));
    }

    /** Up to {@code limit} clients matching an FTS5 query (best match first), or the latest changed. */
    public List<ClientSummary> search(DSLContext dsl, Optional<String> match, StatusFilter filter, int limit) {
        Condition status = statusCondition(filter);
        if (match.isEmpty()) {
            return dsl.select(summaryFields()).from(CLIENT).where(status)
                    .orderBy(CLIENT.UPDATED_AT.desc(), CLIENT.ID.desc()).limit(limit)
                    .fetch(ClientRepository::toSummary);
        }
        int innerLimit = filter == StatusFilter.ALL ? limit : limit * 4;
        var hits = dsl.select(SEARCH_ROWID.as("hit_id"), SEARCH_RANK.as("hit_rank")).from(SEARCH)
                .where(DSL.condition("client_search MATCH {0}", DSL.val(match.get())))
                .orderBy(SEARCH_RANK).limit(innerLimit).asTable("hit");
        Field<Long> hitId = hits.field("hit_id", Long.class);
        Field<Double> hitRank = hits.field("hit_rank", Double.class);
        return dsl.select(summaryFields()).from(hits).join(CLIENT).on(CLIENT.ID.eq(hitId))
                .where(status).orderBy(hitRank, CLIENT.ID).limit(limit)
                .fetch(ClientRepository::toSummary);
    }

    public int count(DSLContext dsl, StatusFilter filter) {
        return dsl.fetchCount(CLIENT, statusCondition(filter));
    }

    public List<ClientSummary> withIds(DSLContext dsl, java.util.Collection<Long> ids) {
        return dsl.select(summaryFields()).from(CLIENT).where(CLIENT.ID.in(ids)).fetch(ClientRepository::toSummary);
    }

    public List<ClientSummary> withChartNumber(DSLContext dsl, String chartNumber) {
        return dsl.select(summaryFields()).from(CLIENT).where(CLIENT.CHART_NUMBER.eq(chartNumber))
                .fetch(ClientRepository::toSummary);
    }

    public List<ClientSummary> withBirthDate(DSLContext dsl, LocalDate dateOfBirth) {
        return dsl.select(summaryFields()).from(CLIENT).where(CLIENT.DATE_OF_BIRTH.eq(dateOfBirth))
                .fetch(ClientRepository::toSummary);
    }

    public List<ClientSummary> withPhone(DSLContext dsl, String phone) {
        return dsl.select(summaryFields()).from(CLIENT).where(CLIENT.PHONE.eq(phone))
                .fetch(ClientRepository::toSummary);
    }

    /** Every chart number with its client's id, for loaders that refer to clients by chart number. */
    public Map<String, Long> idsByChartNumber(DSLContext dsl) {
        return dsl.select(CLIENT.CHART_NUMBER, CLIENT.ID).from(CLIENT).fetchMap(CLIENT.CHART_NUMBER, CLIENT.ID);
    }

    public boolean chartNumberExists(DSLContext dsl, String chartNumber) {
        return dsl.fetchExists(CLIENT, CLIENT.CHART_NUMBER.eq(chartNumber));
    }

    public List<InterestOption> interests(DSLContext dsl) {
        return dsl.selectFrom(INTEREST).where(INTEREST.ACTIVE.isTrue()).orderBy(INTEREST.LABEL_EN)
                .fetch(row -> new InterestOption(row.getCode(), row.getLabelEn(), row.getLabelFr()));
    }

    public boolean interestExists(DSLContext dsl, String code) {
        return dsl.fetchExists(INTEREST, INTEREST.CODE.eq(code));
    }

    public void insertInterest(DSLContext tx, InterestOption interest, Instant now) {
        tx.insertInto(INTEREST)
                .set(INTEREST.CODE, interest.code()).set(INTEREST.LABEL_EN, interest.labelEn())
                .set(INTEREST.LABEL_FR, interest.labelFr()).set(INTEREST.ACTIVE, true)
                .set(INTEREST.CREATED_AT, now).set(INTEREST.UPDATED_AT, now).set(INTEREST.VERSION, 1)
                .execute();
    }

    private static Condition statusCondition(StatusFilter filter) {
        return switch (filter) {
            case OPEN -> CLIENT.STATUS.eq("open");
            case CLOSED -> CLIENT.STATUS.eq("closed");
            case ALL -> DSL.noCondition();
        };
    }

    private static List<Field<?>> summaryFields() {
        return List.of(CLIENT.ID, CLIENT.CHART_NUMBER, CLIENT.GIVEN_NAME, CLIENT.FAMILY_NAME, CLIENT.PREFERRED_NAME,
                CLIENT.DATE_OF_BIRTH, CLIENT.PHONE, CLIENT.STATUS);
    }

    private static ClientSummary toSummary(Record row) {
        return new ClientSummary(row.get(CLIENT.ID), text(row.get(CLIENT.CHART_NUMBER)), row.get(CLIENT.GIVEN_NAME),
                row.get(CLIENT.FAMILY_NAME), text(row.get(CLIENT.PREFERRED_NAME)),
                Optional.ofNullable(row.get(CLIENT.DATE_OF_BIRTH)), text(row.get(CLIENT.PHONE)),
                "closed".equals(row.get(CLIENT.STATUS)));
    }

    static void fill(ClientRecord row, Client client) {
        Client.Identity id = client.identity();
        Client.Contact contact = client.contact();
        Client.Consent consent = client.consent();
        Client.Strengths strengths = client.strengths();
        row.setChartNumber(blankToNull(id.chartNumber()))
                .setGivenName(id.givenName()).setFamilyName(id.familyName())
                .setPreferredName(blankToNull(id.preferredName())).setPronouns(blankToNull(id.pronouns()))
                .setDateOfBirth(id.dateOfBirth().orElse(null)).setGender(blankToNull(id.gender()))
                .setPreferredLanguage(id.language().code()).setPreferredLanguageOther(blankToNull(id.languageOther()))
                .setPhone(blankToNull(contact.phone())).setEmail(blankToNull(contact.email()))
                .setStreet(blankToNull(contact.street())).setCity(blankToNull(contact.city()))
                .setProvince(contact.province().isBlank() ? "ON" : contact.province())
                .setPostalCode(blankToNull(contact.postalCode()))
                .setMayPhone(contact.mayPhone()).setMayText(contact.mayText())
                .setMayEmail(contact.mayEmail()).setMayLeaveMessage(contact.mayLeaveMessage())
                .setConsentGiven(consent.given()).setConsentOn(consent.on().orElse(null))
                .setConsentMethod(consent.method().map(Client.ConsentMethod::code).orElse(null))
                .setConsentRecordedBy(blankToNull(consent.recordedBy()))
                .setInterestsNote(blankToNull(strengths.interestsNote()))
                .setGoals(blankToNull(strengths.goals())).setGifts(blankToNull(strengths.gifts()))
                .setStatus(client.isClosed() ? "closed" : "open")
                .setClosedOn(client.closure().closedOn().orElse(null))
                .setCloseReason(blankToNull(client.closure().reason()));
    }

    private static void writeDetails(DSLContext tx, long clientId, Client client, Instant now) {
        Set<String> codes = client.strengths().interestCodes();
        if (!codes.isEmpty()) {
            tx.insertInto(CLIENT_INTEREST, CLIENT_INTEREST.CLIENT_ID, CLIENT_INTEREST.INTEREST_ID, CLIENT_INTEREST.CREATED_AT)
                    .select(DSL.select(DSL.val(clientId), INTEREST.ID, DSL.val(now, CLIENT_INTEREST.CREATED_AT))
                            .from(INTEREST).where(INTEREST.CODE.in(codes)))
                    .execute();
        }
        for (Client.Need need : client.needs()) {
            tx.insertInto(CLIENT_NEED)
                    .set(CLIENT_NEED.CLIENT_ID, clientId).set(CLIENT_NEED.DOMAIN, need.domain().code())
                    .set(CLIENT_NEED.FLAGGED, need.flagged()).set(CLIENT_NEED.NOTE, blankToNull(need.note()))
                    .set(CLIENT_NEED.CREATED_AT, now).set(CLIENT_NEED.UPDATED_AT, now)
                    .execute();
        }
        for (Client.Barrier barrier : client.barriers()) {
            tx.insertInto(CLIENT_BARRIER)
                    .set(CLIENT_BARRIER.CLIENT_ID, clientId).set(CLIENT_BARRIER.BARRIER, barrier.type().code())
                    .set(CLIENT_BARRIER.PRESENT, barrier.present())
                    .set(CLIENT_BARRIER.SUPPORT_PROVIDED, blankToNull(barrier.supportProvided()))
                    .set(CLIENT_BARRIER.CREATED_AT, now).set(CLIENT_BARRIER.UPDATED_AT, now)
                    .execute();
        }
        writeEquity(tx, clientId, client.equity(), now);
    }

    private static void writeEquity(DSLContext tx, long clientId, Client.Equity equity, Instant now) {
        ClientEquityRecord row = tx.newRecord(CLIENT_EQUITY);
        row.setClientId(clientId)
                .setIndigenous(equity.answers().get(EquityQuestion.INDIGENOUS))
                .setRacialGroup(equity.answers().get(EquityQuestion.RACIAL_GROUP))
                .setNewcomer(equity.answers().get(EquityQuestion.NEWCOMER))
                .setDisability(equity.answers().get(EquityQuestion.DISABILITY))
                .setLgbtq(equity.answers().get(EquityQuestion.LGBTQ))
                .setFrancophone(equity.answers().get(EquityQuestion.FRANCOPHONE))
                .setCreatedAt(now).setUpdatedAt(now);
        tx.insertInto(CLIENT_EQUITY).set(row)
                .onConflict(CLIENT_EQUITY.CLIENT_ID).doUpdate()
                .set(CLIENT_EQUITY.INDIGENOUS, row.getIndigenous())
                .set(CLIENT_EQUITY.RACIAL_GROUP, row.getRacialGroup())
                .set(CLIENT_EQUITY.NEWCOMER, row.getNewcomer())
                .set(CLIENT_EQUITY.DISABILITY, row.getDisability())
                .set(CLIENT_EQUITY.LGBTQ, row.getLgbtq())
                .set(CLIENT_EQUITY.FRANCOPHONE, row.getFrancophone())
                .set(CLIENT_EQUITY.UPDATED_AT, now)
                .execute();
    }

    private static Client toClient(DSLContext dsl, ClientRecord row) {
        long id = row.getId();
        Set<String> interests = new HashSet<>(dsl.select(INTEREST.CODE).from(CLIENT_INTEREST)
                .join(INTEREST).on(INTEREST.ID.eq(CLIENT_INTEREST.INTEREST_ID))
                .where(CLIENT_INTEREST.CLIENT_ID.eq(id)).fetch(INTEREST.CODE));
        List<Client.Need> needs = dsl.selectFrom(CLIENT_NEED).where(CLIENT_NEED.CLIENT_ID.eq(id)).orderBy(CLIENT_NEED.ID)
                .fetch(n -> new Client.Need(NeedDomain.fromCode(n.getDomain()), n.getFlagged(), text(n.getNote())));
        List<Client.Barrier> barriers = dsl.selectFrom(CLIENT_BARRIER).where(CLIENT_BARRIER.CLIENT_ID.eq(id))
                .orderBy(CLIENT_BARRIER.ID)
                .fetch(b -> new Client.Barrier(BarrierType.fromCode(b.getBarrier()), b.getPresent(),
                        text(b.getSupportProvided())));
        Client.Equity equity = dsl.selectFrom(CLIENT_EQUITY).where(CLIENT_EQUITY.CLIENT_ID.eq(id)).fetchOptional()
                .map(ClientRepository::toEquity).orElse(Client.Equity.none());
        return new Client(id, row.getVersion(),
                new Client.Identity(text(row.getChartNumber()), row.getGivenName(), row.getFamilyName(),
                        text(row.getPreferredName()), text(row.getPronouns()), Optional.ofNullable(row.getDateOfBirth()),
                        text(row.getGender()), Language.fromCode(row.getPreferredLanguage()),
                        text(row.getPreferredLanguageOther())),
                new Client.Contact(text(row.getPhone()), text(row.getEmail()), text(row.getStreet()), text(row.getCity()),
                        row.getProvince(), text(row.getPostalCode()), row.getMayPhone(), row.getMayText(),
                        row.getMayEmail(), row.getMayLeaveMessage()),
                new Client.Consent(row.getConsentGiven(), Optional.ofNullable(row.getConsentOn()),
                        Optional.ofNullable(row.getConsentMethod()).map(Client.ConsentMethod::fromCode),
                        text(row.getConsentRecordedBy())),
                new Client.Strengths(interests, text(row.getInterestsNote()), text(row.getGoals()), text(row.getGifts())),
                needs, barriers, equity,
                new Client.Closure(Optional.ofNullable(row.getClosedOn()), text(row.getCloseReason())));
    }

    private static Client.Equity toEquity(ClientEquityRecord row) {
        Map<EquityQuestion, String> answers = new EnumMap<>(EquityQuestion.class);
        putIfPresent(answers, EquityQuestion.INDIGENOUS, row.getIndigenous());
        putIfPresent(answers, EquityQuestion.RACIAL_GROUP, row.getRacialGroup());
        putIfPresent(answers, EquityQuestion.NEWCOMER, row.getNewcomer());
        putIfPresent(answers, EquityQuestion.DISABILITY, row.getDisability());
        putIfPresent(answers, EquityQuestion.LGBTQ, row.getLgbtq());
        putIfPresent(answers, EquityQuestion.FRANCOPHONE, row.getFrancophone());
        return new Client.Equity(answers);
    }

    private static void putIfPresent(Map<EquityQuestion, String> answers, EquityQuestion question, String value) {
        if (value != null) {
            answers.put(question, value);
        }
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
