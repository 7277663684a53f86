package org.linkwell.surveys;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.linkwell.core.Access;
import org.linkwell.core.Database;
import org.linkwell.core.Permission;

/**
 * Outcomes: the paired change of every measure for a group of clients, and one client's measures over time.
 *
 * <p>Pairing rule: a client counts for a measure when they have a baseline score and at least one follow-up
 * score, and that latest follow-up falls within [from, to]; baseline = their first baseline score (timepoint 0,
 * earliest); follow-up = their latest follow-up score within the range. Mean change = mean(follow-up −
 * baseline) with a 95% confidence interval from the t distribution (n − 1 degrees of freedom);
 * improved / same / worse by the sign of each client's change in the measure's better direction.
 * Only completed responses have scores; declined and could-not-reach surveys never count as data.
 */
public final class OutcomesService {
    private final Database database;
    private final SurveyRepository surveys;
    private final SurveyContextRepository context;
    private final SurveyService service;
    private final Access access;

    public OutcomesService(Database database, SurveyRepository surveys, SurveyContextRepository context,
                           SurveyService service, Access access) {
        this.access = access;
        this.database = database;
        this.surveys = surveys;
        this.context = context;
        this.service = service;
    }

    /** Aggregate only: no client-level audit. For people who run surveys or read reports. */
    public OutcomesSummary summarize(OutcomeQuery query) {
        return summarizeAll(List.of(query)).get(0);
    }

    /**
     * The summaries of several queries (e.g. every equity group), in order, from one reading of the scores: the
     * funder report asks for some twenty groups, and reading every score once per group took seconds.
     */
    public List<OutcomesSummary> summarizeAll(List<OutcomeQuery> queries) {
        if (!access.may(Permission.SURVEYS)) {
            access.require(Permission.REPORTS);
        }
        record Loaded(List<SurveyRepository.ScoreRow> rows, List<Optional<Set<Long>>> members) {
        }
        Loaded loaded = database.read(dsl -> new Loaded(surveys.scores(dsl, Optional.empty()),
                queries.stream().map(query -> members(dsl, query.group())).toList()));
        List<OutcomesSummary> summaries = new ArrayList<>();
        for (int i = 0; i < queries.size(); i++) {
            summaries.add(summarize(queries.get(i), loaded.rows(), loaded.members().get(i)));
        }
        return summaries;
    }

    private OutcomesSummary summarize(OutcomeQuery query, List<SurveyRepository.ScoreRow> rows,
                                      Optional<Set<Long>> members) {
        InstrumentService instruments = service.instruments();
        Map<ClientMeasures.Key, Map<Long, ScorePoint>> baselines = new LinkedHashMap<>();
        Map<ClientMeasures.Key, Map<Long, ScorePoint>> followUps = new HashMap<>();
        for (SurveyRepository.ScoreRow row : rows) {
            if (members.isPresent() && !members.get().contains(row.clientId())) {
                continue;
            }
            ClientMeasures.Key key = new ClientMeasures.Key(row.instrumentId(), row.measureId());
            ScorePoint point = new ScorePoint(row.on(), row.score());
            if (row.timepoint() == SurveyResponse.BASELINE) {
                // Rows come oldest first: the first baseline stays.
                baselines.computeIfAbsent(key, k -> new LinkedHashMap<>()).putIfAbsent(row.clientId(), point);
            } else if (within(row.on(), query)) {
                followUps.computeIfAbsent(key, k -> new HashMap<>()).put(row.clientId(), point);
            }
        }
        List<MeasureChange> changes = new ArrayList<>();
        for (Map.Entry<ClientMeasures.Key, Map<Long, ScorePoint>> entry : baselines.entrySet()) {
            Map<Long, ScorePoint> later = followUps.getOrDefault(entry.getKey(), Map.of());
            List<PairedChange.Pair> pairs = new ArrayList<>();
            entry.getValue().forEach((client, baseline) -> {
                ScorePoint followUp = later.get(client);
                if (followUp != null) {
                    pairs.add(new PairedChange.Pair(baseline.value(), followUp.value()));
                }
            });
            Optional<InstrumentDefinition.Measure> measure = ClientMeasures.describe(instruments, entry.getKey());
            if (pairs.isEmpty() || measure.isEmpty()) {
                continue;
            }
            InstrumentDefinition.Measure m = measure.get();
            PairedChange change = PairedChange.of(pairs, m.higherIsBetter());
            changes.add(new MeasureChange(entry.getKey().instrumentId(), m.id(), m.label(), m.higherIsBetter(),
                    change.n(), change.meanBaseline(), change.meanFollowUp(), change.meanChange(), change.ciLow(),
                    change.ciHigh(), change.improved(), change.same(), change.worse()));
        }
        changes.sort(Comparator.comparingInt(c -> ClientMeasures.order(instruments, c.instrumentId(), c.measureId())));
        return new OutcomesSummary(query, changes);
    }

    /** Audit-logged as a view of the client's record. */
    public List<ClientMeasure> forClient(long clientId) {
        return service.forClient(clientId).measures();
    }

    /** The group's clients; empty for all clients. */
    private Optional<Set<Long>> members(org.jooq.DSLContext dsl, ClientGroup group) {
        if (group instanceof ClientGroup.ProgramCategory category) {
            return Optional.of(context.clientsPrescribed(dsl, category.category()));
        }
        if (group instanceof ClientGroup.Equity equity) {
            return Optional.of(context.clientsAnswering(dsl, equity.question(), equity.answer()));
        }
        return Optional.empty();
    }

    private static boolean within(LocalDate on, OutcomeQuery query) {
        return !on.isBefore(query.from()) && !on.isAfter(query.to());
    }
}
