package org.linkwell.referrals;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.linkwell.clients.BarrierType;

/**
 * One client ↔ one program from the catalog, or a material support (Good Food Box, transit tokens).
 * Absent text is "".
 */
public record SocialPrescription(long id, int version, long clientId, Optional<Long> referralId,
                                 Optional<Long> programId, String materialSupport, PrescriptionStatus status,
                                 String statusReason, Set<BarrierType> barriersAddressed, List<Support> supports,
                                 Optional<LocalDate> startedOn, Optional<LocalDate> endedOn, String notes) {

    public SocialPrescription {
        barriersAddressed = Set.copyOf(barriersAddressed);
        supports = List.copyOf(supports);
    }

    /** Help that removes a barrier: bus tickets, someone to go along, the fee paid, ... */
    public record Support(String kind, String note) {
        public static final List<String> KINDS = List.of("bus-tickets", "ride", "companion", "fee-paid", "equipment",
                "interpreter", "childcare", "reminder-calls", "other");
    }

    public boolean isNew() {
        return id == 0;
    }

    public static SocialPrescription forProgram(long clientId, Optional<Long> referralId, long programId) {
        return new SocialPrescription(0, 0, clientId, referralId, Optional.of(programId), "", PrescriptionStatus.SUGGESTED,
                "", Set.of(), List.of(), Optional.empty(), Optional.empty(), "");
    }

    public static SocialPrescription forMaterialSupport(long clientId, Optional<Long> referralId, String support) {
        return new SocialPrescription(0, 0, clientId, referralId, Optional.empty(), support, PrescriptionStatus.SUGGESTED,
                "", Set.of(), List.of(), Optional.empty(), Optional.empty(), "");
    }
}
