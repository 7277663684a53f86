package org.linkwell.sampledata;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import org.linkwell.core.Audit;
import org.linkwell.referrals.ChampionRepository;
import org.linkwell.referrals.ChampionService;
import org.linkwell.referrals.Encounter;
import org.linkwell.referrals.EncounterService;
import org.linkwell.referrals.HealthChampion;
import org.linkwell.referrals.PrescriptionService;
import org.linkwell.referrals.PrescriptionStatus;
import org.linkwell.referrals.Referral;
import org.linkwell.referrals.ReferralRepository;
import org.linkwell.referrals.ReferralService;
import org.linkwell.referrals.ReferralStatus;
import org.linkwell.referrals.SocialPrescription;
import org.linkwell.referrals.StaffMember;

/**
 * Writes checked journeys inside the caller's transaction, through the referral feature's
 * repositories, the way its services write them: every record with an audit row, every status path
 * as status-history rows. Each kind of row goes in as one batch (a statement per row made a year of
 * 100,000 clients take hours); the audit rows follow in the order of the records. The history keeps the days of the story (status changes in the morning of
 * their day, in order, by the staff member who made them); the records and the audit log carry the
 * moment of the load, as the client loader does.
 */
final class JourneyLoader {
    static final String STAFF_TABLE = "staff";
    private static final int FIRST_HOUR = 9;
    private static final int MINUTES_BETWEEN_STEPS = 40;

    private final DSLContext tx;
    private final SampleJourneysService.Repositories repositories;
    private final Audit audit;
    private final Instant now;
    private final ZoneId zone;
    private final String loader;
    private final Map<String, Long> clientIds;
    private final Map<String, Long> programIds;
    private final Map<String, Long> staffIds = new HashMap<>();
    private final Map<String, String> staffNames = new HashMap<>();
    private final Map<String, Long> referralIds = new HashMap<>();
    private final Map<String, Journeys.ReferralRow> referrals = new HashMap<>();
    private final List<Audit.Entry> audited = new ArrayList<>();

    JourneyLoader(DSLContext tx, SampleJourneysService.Repositories repositories, Audit audit, Instant now, ZoneId zone,
                  String loader, Map<String, Long> clientIds, Map<String, Long> programIds) {
        this.tx = tx;
        this.repositories = repositories;
        this.audit = audit;
        this.now = now;
        this.zone = zone;
        this.loader = loader;
        this.clientIds = clientIds;
        this.programIds = programIds;
    }

    JourneyLoadResult load(Journeys journeys) {
        journeys.staff().forEach(this::staff);
        referrals(journeys.referrals());
        encounters(journeys.encounters());
        prescriptions(journeys.prescriptions());
        journeys.champions().forEach(this::champion);
        hours(journeys.hours());
        audit.recordAll(tx, audited);
        return new JourneyLoadResult(journeys.staff().size(), journeys.referrals().size(), journeys.encounters().size(),
                journeys.prescriptions().size(), journeys.champions().size(), journeys.hours().size(), false);
    }

    private void staff(Journeys.StaffRow row) {
        long id = repositories.staff().insert(tx, new StaffMember(0, 0, row.name(), row.role(), row.discipline(),
                row.phone(), row.email(), row.active()), now);
        staffIds.put(row.key(), id);
        staffNames.put(row.key(), row.name());
        audited.add(new Audit.Entry(Audit.Action.CREATE, STAFF_TABLE, id));
    }

    private void referrals(List<Journeys.ReferralRow> rows) {
        List<Long> ids = repositories.referrals().insertAll(tx, rows.stream().map(row -> new Referral(0, 0,
                client(row.chartNumber()), row.prescriber().map(staffIds::get), row.navigator().map(staffIds::get),
                row.source(), row.referredOn(), row.urgency(), row.reasons(), row.otherReason(), row.hopes(), true,
                row.status(), row.currentReason(), row.firstContactOn())).toList(), now);
        List<ReferralRepository.NewStatusChange> changes = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            Journeys.ReferralRow row = rows.get(r);
            long id = ids.get(r);
            List<Journeys.Step<ReferralStatus>> path = row.path();
            for (int i = 0; i < path.size(); i++) {
                Journeys.Step<ReferralStatus> step = path.get(i);
                Optional<String> who = step.status() == ReferralStatus.REQUESTED
                        ? row.prescriber().or(row::navigator) : row.navigator().or(row::prescriber);
                Optional<String> from = i == 0 ? Optional.empty() : Optional.of(path.get(i - 1).status().code());
                changes.add(new ReferralRepository.NewStatusChange(id, from, step.status().code(),
                        at(step.on(), i, path.size()), name(who), step.reason()));
            }
            referralIds.put(row.id(), id);
            referrals.put(row.id(), row);
            audited.add(new Audit.Entry(Audit.Action.CREATE, ReferralService.TABLE, id));
        }
        repositories.referrals().recordStatusChanges(tx, changes);
    }

    private void encounters(List<Journeys.EncounterRow> rows) {
        List<Long> ids = repositories.encounters().insertAll(tx, rows.stream().map(row -> new Encounter(0, 0,
                client(row.chartNumber()), row.referral().map(referralIds::get), row.navigator().map(staffIds::get),
                row.occurredOn(), row.mode(), row.minutes(), row.notes(), row.nextStep(), row.nextStepDueOn(),
                row.nextStepDone())).toList(), now);
        ids.forEach(id -> audited.add(new Audit.Entry(Audit.Action.CREATE, EncounterService.TABLE, id)));
    }

    private void prescriptions(List<Journeys.PrescriptionRow> rows) {
        List<Long> ids = repositories.prescriptions().insertAll(tx, rows.stream().map(row -> new SocialPrescription(0,
                0, client(row.chartNumber()), row.referral().map(referralIds::get), row.program().map(programIds::get),
                row.materialSupport(), row.status(), row.statusReason(), row.barriersAddressed(), row.supports(),
                row.startedOn(), row.endedOn(), row.notes())).toList(), now);
        List<ReferralRepository.NewStatusChange> changes = new ArrayList<>();
        for (int p = 0; p < rows.size(); p++) {
            Journeys.PrescriptionRow row = rows.get(p);
            long id = ids.get(p);
            String who = name(row.referral().map(referrals::get).flatMap(Journeys.ReferralRow::navigator));
            List<Journeys.Step<PrescriptionStatus>> path = row.path();
            for (int i = 0; i < path.size(); i++) {
                Journeys.Step<PrescriptionStatus> step = path.get(i);
                Optional<String> from = i == 0 ? Optional.empty() : Optional.of(path.get(i - 1).status().code());
                changes.add(new ReferralRepository.NewStatusChange(id, from, step.status().code(),
                        at(step.on(), i, path.size()), who, step.reason()));
            }
            audited.add(new Audit.Entry(Audit.Action.CREATE, PrescriptionService.TABLE, id));
        }
        repositories.prescriptions().recordStatusChanges(tx, changes);
    }

    private void champion(Journeys.ChampionRow row) {
        long clientId = client(row.chartNumber());
        List<HealthChampion.ProgramRole> roles = row.programs().stream()
                .map(role -> new HealthChampion.ProgramRole(programIds.get(role.program()), role.role())).toList();
        repositories.champions().save(tx, new HealthChampion(clientId, 0, row.since(), row.trainingDone(),
                row.trainingNote(), row.active(), roles, 0), now);
        audited.add(new Audit.Entry(Audit.Action.CREATE, ChampionService.TABLE, clientId));
    }

    /** Logged as the app logs hours: a change to the champion's record. */
    private void hours(List<Journeys.HoursRow> rows) {
        repositories.champions().addAllHours(tx, rows.stream().map(row -> new ChampionRepository.NewHours(
                client(row.chartNumber()), row.program().map(programIds::get), row.workedOn(), row.minutes(),
                row.note())).toList(), now);
        rows.forEach(row -> audited.add(new Audit.Entry(Audit.Action.UPDATE, ChampionService.TABLE,
                client(row.chartNumber()))));
    }

    private long client(String chartNumber) {
        return clientIds.get(chartNumber);
    }

    private String name(Optional<String> staffKey) {
        return staffKey.map(staffNames::get).orElse(loader);
    }

    /**
     * Step {@code index} of a path of {@code steps} on {@code day}: mornings, 40 minutes apart, so same-day steps
     * keep their order; never later than the load itself (a step of today before the morning is over).
     */
    private Instant at(LocalDate day, int index, int steps) {
        Instant at = day.atTime(FIRST_HOUR, 0).plusMinutes((long) MINUTES_BETWEEN_STEPS * index).atZone(zone)
                .toInstant();
        Instant latest = now.minusSeconds(steps - index);
        return at.isAfter(latest) ? latest : at;
    }
}
