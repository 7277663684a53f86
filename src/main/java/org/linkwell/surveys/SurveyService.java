package org.linkwell.surveys;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.linkwell.core.Access;
import org.linkwell.core.Audit;
import org.linkwell.core.Database;
import org.linkwell.core.Permission;
import org.linkwell.core.SettingsStore;
import org.linkwell.core.ValidationException;
import org.linkwell.core.ValidationException.FieldError;

/**
 * Survey responses and the schedule: record a response (scored by its instrument version's rules, in one
 * transaction with its audit row), a client's surveys (audited as a view of the client's record), and the
 * surveys due or overdue across the CHC for the dashboard. Everything here needs {@link Permission#SURVEYS} and the
 * client's whole record; the worklist holds the clients the person reaches; the schedule is a setting.
 */
public final class SurveyService {
    public static final String TABLE = "survey_response";
    public static final int MAX_TIMEPOINT = 24;

    private final Database database;
    private final SurveyRepository surveys;
    private final SurveyContextRepository context;
    private final InstrumentService instruments;
    private final SettingsStore settings;
    private final Audit audit;
    private final Clock clock;
    private final Access access;

    public SurveyService(Database database, SurveyRepository surveys, SurveyContextRepository context,
                         InstrumentService instruments, SettingsStore settings, Audit audit, Clock clock,
                         Access access) {
        this.database = database;
        this.surveys = surveys;
        this.context = context;
        this.instruments = instruments;
        this.settings = settings;
        this.audit = audit;
        this.clock = clock;
        this.access = access;
    }

    public InstrumentService instruments() {
        return instruments;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public ScheduleSettings schedule() {
        access.require(Permission.SURVEYS);
        List<Integer> months = settings.get(ScheduleSettings.MONTHS_KEY).flatMap(ScheduleSettings::parseMonths)
                .orElse(ScheduleSettings.DEFAULT.followUpMonths());
        List<String> ids = settings.get(ScheduleSettings.INSTRUMENTS_KEY)
                .map(text -> List.of(text.split(",")).stream().map(String::strip).filter(s -> !s.isEmpty()).toList())
                .orElse(ScheduleSettings.DEFAULT.instrumentIds());
        return new ScheduleSettings(months, ids);
    }

    public void saveSchedule(ScheduleSettings schedule) {
        access.require(Permission.ADMINISTRATION);
        List<FieldError> errors = new ArrayList<>();
        if (schedule.followUpMonths().isEmpty()
                || ScheduleSettings.parseMonths(schedule.monthsText()).filter(schedule.followUpMonths()::equals).isEmpty()) {
            errors.add(new FieldError("months", "validation.survey.months", ScheduleSettings.MAX_MONTHS));
        }
        if (schedule.instrumentIds().isEmpty()
                || schedule.instrumentIds().stream().anyMatch(id -> instruments.latest(id).isEmpty())) {
            errors.add(new FieldError("instruments", "validation.survey.scheduleInstruments"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        database.run(tx -> {
            settings.put(tx, ScheduleSettings.MONTHS_KEY, schedule.monthsText());
            settings.put(tx, ScheduleSettings.INSTRUMENTS_KEY, String.join(",", schedule.instrumentIds()));
        });
    }

    /** Checks, scores and saves a response; nothing is saved when anything is wrong. */
    public SurveyResponse record(SurveyResponse draft) {
        return recordAll(List.of(draft)).get(0);
    }

    /**
     * Saves several responses as one action (e.g. "declined" for every instrument of a follow-up): all are
     * checked first, then all saved in one transaction with their audit rows, or none.
     */
    public List<SurveyResponse> recordAll(List<SurveyResponse> drafts) {
        access.require(Permission.SURVEYS);
        List<SurveyResponse> scored = drafts.stream().map(this::checked).toList();
        return database.transaction(tx -> {
            List<SurveyResponse> saved = new ArrayList<>();
            for (SurveyResponse response : scored) {
                access.requireRecord(tx, response.clientId(), Permission.SURVEYS);
                long id = surveys.insert(tx, response, access.actor(), clock.instant());
                audit.record(tx, Audit.Action.CREATE, TABLE, id);
                saved.add(surveys.find(tx, id).orElseThrow());
            }
            return saved;
        });
    }

    private SurveyResponse checked(SurveyResponse draft) {
        InstrumentDefinition definition = instruments.find(draft.instrumentId(), draft.instrumentVersion())
                .orElseThrow(() -> new ValidationException(List.of(new FieldError("instrument",
                        "validation.survey.instrument"))));
        List<FieldError> errors = new ArrayList<>();
        if (draft.administeredOn().isAfter(today())) {
            errors.add(new FieldError("administeredOn", "validation.date.future"));
        }
        if (draft.timepoint() < 0 || draft.timepoint() > MAX_TIMEPOINT) {
            errors.add(new FieldError("timepoint", "validation.survey.timepoint", MAX_TIMEPOINT));
        }
        if (draft.status() == SurveyResponse.Status.COMPLETED) {
            if (draft.answers().isEmpty()) {
                errors.add(new FieldError("answers", "validation.survey.noAnswers"));
            }
            draft.answers().forEach((itemId, value) -> {
                Optional<InstrumentDefinition.Item> item = definition.item(itemId);
                if (item.isEmpty() || !item.get().accepts(value)) {
                    errors.add(new FieldError(itemId, "validation.survey.answer", itemId, value));
                }
            });
        } else if (!draft.answers().isEmpty()) {
            errors.add(new FieldError("answers", "validation.survey.answersWithoutSurvey"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        List<Score> scores = draft.status() == SurveyResponse.Status.COMPLETED
                ? Scoring.score(definition, draft.answers()) : List.of();
        return new SurveyResponse(0, draft.clientId(), draft.instrumentId(), draft.instrumentVersion(),
                draft.timepoint(), draft.administeredOn(), draft.mode(), draft.status(), access.actor(), draft.answers(),
                scores);
    }

    /** The client's surveys, schedule and measures over time, read as one view of the client's record. */
    public ClientSurveys forClient(long clientId) {
        ScheduleSettings schedule = schedule();
        return database.transaction(tx -> {
            access.requireRecord(tx, clientId, Permission.SURVEYS);
            List<SurveyResponse> responses = surveys.forClient(tx, clientId);
            Optional<LocalDate> start = anchor(context.acceptances(tx, Optional.of(clientId)));
            List<DueSurvey> outstanding = start.map(accepted ->
                    new SurveySchedule(schedule).outstanding(clientId, accepted,
                            surveys.taken(tx, List.of(clientId)), today())).orElse(List.of());
            List<ClientMeasure> measures = ClientMeasures.of(surveys.scores(tx, Optional.of(clientId)), instruments);
            audit.record(tx, Audit.Action.VIEW, "client", clientId);
            return new ClientSurveys(clientId, responses, start, outstanding, measures);
        });
    }

    /** Surveys due or overdue across the CHC, the most overdue first (the dashboard's worklist). */
    public List<DueSurvey> worklist() {
        SurveySchedule schedule = new SurveySchedule(schedule());
        LocalDate today = today();
        return database.read(dsl -> {
            Optional<Set<Long>> reached = access.caseload(dsl);
            Map<Long, LocalDate> anchors = new HashMap<>();
            Map<Long, List<SurveyContextRepository.Acceptance>> byClient = new HashMap<>();
            context.acceptances(dsl, Optional.empty()).stream()
                    .filter(a -> reached.map(mine -> mine.contains(a.clientId())).orElse(true)).forEach(a ->
                    byClient.computeIfAbsent(a.clientId(), k -> new ArrayList<>()).add(a));
            byClient.forEach((client, accepted) -> anchor(accepted).ifPresent(day -> anchors.put(client, day)));
            List<SurveyRepository.Taken> taken = anchors.isEmpty() ? List.of() : surveys.taken(dsl, anchors.keySet());
            Map<Long, List<SurveyRepository.Taken>> takenBy = new HashMap<>();
            taken.forEach(t -> takenBy.computeIfAbsent(t.clientId(), k -> new ArrayList<>()).add(t));
            List<DueSurvey> due = new ArrayList<>();
            anchors.forEach((client, day) -> schedule.next(client, day, takenBy.getOrDefault(client, List.of()), today)
                    .ifPresent(due::add));
            due.sort(Comparator.comparing(DueSurvey::dueOn).thenComparingLong(DueSurvey::clientId));
            return due;
        });
    }

    /** The day the schedule starts: the latest acceptance of a referral that did not end rejected or cancelled. */
    private Optional<LocalDate> anchor(List<SurveyContextRepository.Acceptance> acceptances) {
        return acceptances.stream().filter(a -> !a.closedWithoutHelp())
                .map(a -> a.acceptedAt().atZone(clock.getZone()).toLocalDate()).max(Comparator.naturalOrder());
    }
}
