package org.linkwell.surveys;

import static org.linkwell.db.Tables.SURVEY_ANSWER;
import static org.linkwell.db.Tables.SURVEY_RESPONSE;
import static org.linkwell.db.Tables.SURVEY_SCORE;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import org.linkwell.db.tables.records.SurveyResponseRecord;

/** The only code that speaks SQL about survey responses, their answers and their scores. */
public final class SurveyRepository {

    /** Inserts the response with its answers and scores; returns its id. */
    public long insert(DSLContext tx, SurveyResponse r, String enteredBy, Instant now) {
        SurveyResponseRecord row = tx.newRecord(SURVEY_RESPONSE);
        row.setClientId(r.clientId()).setInstrumentCode(r.instrumentId()).setInstrumentVersion(r.instrumentVersion())
                .setTimepoint(r.timepoint()).setAdministeredOn(r.administeredOn()).setMode(r.mode().code())
                .setStatus(r.status().code()).setEnteredBy(enteredBy).setCreatedAt(now).setUpdatedAt(now);
        row.store();
        long id = row.getId();
        var answers = tx.insertInto(SURVEY_ANSWER, SURVEY_ANSWER.RESPONSE_ID, SURVEY_ANSWER.ITEM_ID,
                SURVEY_ANSWER.ANSWER, SURVEY_ANSWER.CREATED_AT);
        r.answers().forEach((item, value) -> answers.values(id, item, value, now));
        if (!r.answers().isEmpty()) {
            answers.execute();
        }
        var scores = tx.insertInto(SURVEY_SCORE, SURVEY_SCORE.RESPONSE_ID, SURVEY_SCORE.MEASURE_ID, SURVEY_SCORE.SCORE,
                SURVEY_SCORE.CREATED_AT);
        r.scores().forEach(score -> scores.values(id, score.measureId(), score.value().orElse(null), now));
        if (!r.scores().isEmpty()) {
            scores.execute();
        }
        return id;
    }

    /**
     * Inserts many responses with their answers and scores in three batched statements (a bulk load, e.g. the
     * sample data); ids follow the highest one in use, inside the caller's transaction. Returns the ids in order.
     */
    public List<Long> insertAll(DSLContext tx, List<SurveyResponse> all, String enteredBy, Instant now) {
        long next = tx.select(org.jooq.impl.DSL.max(SURVEY_RESPONSE.ID)).from(SURVEY_RESPONSE)
                .fetchOptional(0, Long.class).orElse(0L) + 1;
        var responses = tx.batch(tx.insertInto(SURVEY_RESPONSE, SURVEY_RESPONSE.ID, SURVEY_RESPONSE.CLIENT_ID,
                SURVEY_RESPONSE.INSTRUMENT_CODE, SURVEY_RESPONSE.INSTRUMENT_VERSION, SURVEY_RESPONSE.TIMEPOINT,
                SURVEY_RESPONSE.ADMINISTERED_ON, SURVEY_RESPONSE.MODE, SURVEY_RESPONSE.STATUS, SURVEY_RESPONSE.ENTERED_BY,
                SURVEY_RESPONSE.CREATED_AT, SURVEY_RESPONSE.UPDATED_AT)
                .values((Long) null, null, null, null, null, null, null, null, null, null, null));
        var answers = tx.batch(tx.insertInto(SURVEY_ANSWER, SURVEY_ANSWER.RESPONSE_ID, SURVEY_ANSWER.ITEM_ID,
                SURVEY_ANSWER.ANSWER, SURVEY_ANSWER.CREATED_AT).values((Long) null, null, null, null));
        var scores = tx.batch(tx.insertInto(SURVEY_SCORE, SURVEY_SCORE.RESPONSE_ID, SURVEY_SCORE.MEASURE_ID,
                SURVEY_SCORE.SCORE, SURVEY_SCORE.CREATED_AT).values((Long) null, null, null, null));
        List<Long> ids = new ArrayList<>();
        for (SurveyResponse r : all) {
            long id = next++;
            ids.add(id);
            responses.bind(id, r.clientId(), r.instrumentId(), r.instrumentVersion(), r.timepoint(), r.administeredOn(),
                    r.mode().code(), r.status().code(), enteredBy, now, now);
            r.answers().forEach((item, value) -> answers.bind(id, item, value, now));
            r.scores().forEach(score -> scores.bind(id, score.measureId(), score.value().orElse(null), now));
        }
        if (!all.isEmpty()) {
            responses.execute();
            if (answers.size() > 0) {
                answers.execute();
            }
            if (scores.size() > 0) {
                scores.execute();
            }
        }
        return ids;
    }

    public Optional<SurveyResponse> find(DSLContext dsl, long id) {
        return responses(dsl, dsl.selectFrom(SURVEY_RESPONSE).where(SURVEY_RESPONSE.ID.eq(id)).fetch()).stream()
                .findFirst();
    }

    /** A client's responses, oldest first. */
    public List<SurveyResponse> forClient(DSLContext dsl, long clientId) {
        return responses(dsl, dsl.selectFrom(SURVEY_RESPONSE).where(SURVEY_RESPONSE.CLIENT_ID.eq(clientId))
                .orderBy(SURVEY_RESPONSE.ADMINISTERED_ON, SURVEY_RESPONSE.ID).fetch());
    }

    /** Which (instrument, timepoint) each of these clients has a response for, whatever its status. */
    public List<Taken> taken(DSLContext dsl, Collection<Long> clientIds) {
        return dsl.select(SURVEY_RESPONSE.CLIENT_ID, SURVEY_RESPONSE.INSTRUMENT_CODE, SURVEY_RESPONSE.TIMEPOINT,
                        SURVEY_RESPONSE.ADMINISTERED_ON, SURVEY_RESPONSE.STATUS)
                .from(SURVEY_RESPONSE).where(SURVEY_RESPONSE.CLIENT_ID.in(clientIds))
                .fetch(r -> new Taken(r.value1(), r.value2(), r.value3(), r.value4(),
                        SurveyResponse.Status.fromCode(r.value5())));
    }

    /** A response's place in a schedule. */
    public record Taken(long clientId, String instrumentId, int timepoint, LocalDate on, SurveyResponse.Status status) {
    }

    /** Every stored score of completed responses (optionally of one client), oldest first. */
    public List<ScoreRow> scores(DSLContext dsl, Optional<Long> clientId) {
        var condition = SURVEY_RESPONSE.STATUS.eq(SurveyResponse.Status.COMPLETED.code())
                .and(SURVEY_SCORE.SCORE.isNotNull());
        if (clientId.isPresent()) {
            condition = condition.and(SURVEY_RESPONSE.CLIENT_ID.eq(clientId.get()));
        }
        return dsl.select(SURVEY_RESPONSE.CLIENT_ID, SURVEY_RESPONSE.INSTRUMENT_CODE, SURVEY_RESPONSE.INSTRUMENT_VERSION,
                        SURVEY_SCORE.MEASURE_ID, SURVEY_RESPONSE.TIMEPOINT, SURVEY_RESPONSE.ADMINISTERED_ON,
                        SURVEY_SCORE.SCORE)
                .from(SURVEY_SCORE).join(SURVEY_RESPONSE).on(SURVEY_RESPONSE.ID.eq(SURVEY_SCORE.RESPONSE_ID))
                .where(condition).orderBy(SURVEY_RESPONSE.ADMINISTERED_ON, SURVEY_RESPONSE.ID)
                .fetch(r -> new ScoreRow(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(),
                        r.value7()));
    }

    /** One stored score with where it comes from. */
    public record ScoreRow(long clientId, String instrumentId, int instrumentVersion, String measureId, int timepoint,
                           LocalDate on, double score) {
    }

    public int count(DSLContext dsl) {
        return dsl.fetchCount(SURVEY_RESPONSE);
    }

    private static List<SurveyResponse> responses(DSLContext dsl, List<SurveyResponseRecord> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        List<Long> ids = rows.stream().map(SurveyResponseRecord::getId).toList();
        Map<Long, Map<String, Integer>> answers = new HashMap<>();
        dsl.selectFrom(SURVEY_ANSWER).where(SURVEY_ANSWER.RESPONSE_ID.in(ids)).forEach(a ->
                answers.computeIfAbsent(a.getResponseId(), k -> new LinkedHashMap<>()).put(a.getItemId(), a.getAnswer()));
        Map<Long, List<Score>> scores = new HashMap<>();
        dsl.selectFrom(SURVEY_SCORE).where(SURVEY_SCORE.RESPONSE_ID.in(ids)).forEach(s ->
                scores.computeIfAbsent(s.getResponseId(), k -> new ArrayList<>())
                        .add(new Score(s.getMeasureId(), Optional.ofNullable(s.getScore()))));
        return rows.stream().map(r -> new SurveyResponse(r.getId(), r.getClientId(), r.getInstrumentCode(),
                r.getInstrumentVersion(), r.getTimepoint(), r.getAdministeredOn(),
                SurveyResponse.Mode.fromCode(r.getMode()), SurveyResponse.Status.fromCode(r.getStatus()),
                r.getEnteredBy(), answers.getOrDefault(r.getId(), Map.of()),
                scores.getOrDefault(r.getId(), List.of()))).toList();
    }
}
