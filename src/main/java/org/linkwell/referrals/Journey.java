package org.linkwell.referrals;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Everything that happened with one client, and where things stand now. */
public record Journey(long clientId, List<Referral> referrals, List<Encounter> encounters,
                      List<SocialPrescription> prescriptions, Map<Long, String> programNames,
                      Optional<HealthChampion> champion, List<TimelineEvent> timeline) {

    public Journey {
        referrals = List.copyOf(referrals);
        encounters = List.copyOf(encounters);
        prescriptions = List.copyOf(prescriptions);
        programNames = Map.copyOf(programNames);
        timeline = List.copyOf(timeline);
    }

    public Optional<Referral> openReferral() {
        return referrals.stream().filter(r -> !r.status().isClosed()).findFirst();
    }

    public long activePrescriptions() {
        return prescriptions.stream().filter(p -> !p.status().isClosed()).count();
    }

    public Optional<LocalDate> lastContact() {
        return encounters.stream().map(Encounter::occurredOn).max(LocalDate::compareTo);
    }

    /** The earliest next step not done yet, leaving out those of referrals that have closed (as the dashboard does). */
    public Optional<Encounter> nextStep() {
        return encounters.stream().filter(e -> !e.nextStepDone() && e.nextStepDueOn().isPresent())
                .filter(e -> e.referralId().map(this::referralIsOpen).orElse(true))
                .min(java.util.Comparator.comparing(e -> e.nextStepDueOn().get()));
    }

    private boolean referralIsOpen(long referralId) {
        return referrals.stream().anyMatch(r -> r.id() == referralId && !r.status().isClosed());
    }

    public String whatOf(SocialPrescription p) {
        return p.programId().map(id -> programNames.getOrDefault(id, "")).orElse(p.materialSupport());
    }
}
