package org.linkwell.referrals;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.linkwell.core.Access;
import org.linkwell.core.Audit;
import org.linkwell.core.Database;
import org.linkwell.programs.Program;
import org.linkwell.programs.ProgramService;

/** Assembles a client's whole journey in one read (audited as a view of the client's record). */
public final class JourneyService {
    private final Database database;
    private final ReferralRepository referrals;
    private final EncounterRepository encounters;
    private final PrescriptionRepository prescriptions;
    private final ChampionRepository champions;
    private final ProgramService programs;
    private final Audit audit;
    private final ZoneId zone;
    private final Access access;

    public JourneyService(Database database, ReferralRepository referrals, EncounterRepository encounters,
                          PrescriptionRepository prescriptions, ChampionRepository champions, ProgramService programs,
                          Audit audit, ZoneId zone, Access access) {
        this.access = access;
        this.database = database;
        this.referrals = referrals;
        this.encounters = encounters;
        this.prescriptions = prescriptions;
        this.champions = champions;
        this.programs = programs;
        this.audit = audit;
        this.zone = zone;
    }

    public Journey journey(long clientId) {
        Map<Long, String> names = new HashMap<>();
        programs.catalog().programs().forEach((Program p) -> names.put(p.id(), p.name()));
        return database.transaction(tx -> {
            access.requireRecord(tx, clientId);
            List<Referral> clientReferrals = referrals.forClient(tx, clientId);
            List<Encounter> clientEncounters = encounters.forClient(tx, clientId);
            List<SocialPrescription> clientPrescriptions = prescriptions.forClient(tx, clientId);
            var champion = champions.find(tx, clientId);
            List<TimelineEvent> timeline = new ArrayList<>();
            for (Referral r : clientReferrals) {
                for (ReferralRepository.StatusChange change : referrals.history(tx, r.id())) {
                    timeline.add(new TimelineEvent(date(change), TimelineEvent.Kind.REFERRAL, "timeline.referral." + change.to(),
                            List.of(), change.reason()));
                }
            }
            for (Encounter e : clientEncounters) {
                timeline.add(new TimelineEvent(e.occurredOn(), TimelineEvent.Kind.ENCOUNTER, "timeline.encounter",
                        List.of(e.mode().code(), Integer.toString(e.minutes())), e.notes()));
            }
            for (SocialPrescription p : clientPrescriptions) {
                String what = p.programId().map(id -> names.getOrDefault(id, "")).orElse(p.materialSupport());
                for (ReferralRepository.StatusChange change : prescriptions.history(tx, p.id())) {
                    timeline.add(new TimelineEvent(date(change), TimelineEvent.Kind.PRESCRIPTION,
                            "timeline.prescription." + change.to(), List.of(what), change.reason()));
                }
            }
            champion.ifPresent(c -> timeline.add(new TimelineEvent(c.since(), TimelineEvent.Kind.CHAMPION,
                    "timeline.champion", List.of(), "")));
            timeline.sort(Comparator.comparing(TimelineEvent::on).reversed());
            audit.record(tx, Audit.Action.VIEW, "client", clientId);
            return new Journey(clientId, clientReferrals, clientEncounters, clientPrescriptions, names, champion, timeline);
        });
    }

    private LocalDate date(ReferralRepository.StatusChange change) {
        return change.at().atZone(zone).toLocalDate();
    }
}
