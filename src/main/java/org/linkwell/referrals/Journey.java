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

    /** The earliest next step not done yet. */
    public Optional<Encounter> nextStep() {
        return encounters.stream().filter(e -> !e.nextStepDone() && e.nextStepDueOn().isPresent())
                .min(java.util.Comparator.comparing(e -> e.nextStepDueOn().get()));
    }

    public String whatOf(SocialPrescription p) {
        return p.programId().map(id -> programNames.getOrDefault(id, "")).orElse(p.materialSupport());
    }
}
