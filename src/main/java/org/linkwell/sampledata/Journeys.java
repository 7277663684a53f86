package org.linkwell.sampledata;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.linkwell.clients.BarrierType;
import org.linkwell.referrals.Encounter;
import org.linkwell.referrals.HealthChampion;
import org.linkwell.referrals.PrescriptionStatus;
import org.linkwell.referrals.Referral;
import org.linkwell.referrals.ReferralReason;
import org.linkwell.referrals.ReferralStatus;
import org.linkwell.referrals.SocialPrescription;
import org.linkwell.referrals.StaffMember;

/**
 * A year of synthetic client journeys, as the rows of the journey CSV files (sample-data/README.md
 * describes each column). Staff are named by a key of the files' own (e.g. {@code nav-lalonde}),
 * referrals by an id of the files' own, clients by chart number and programs by their catalog id.
 * Absent text is "".
 */
public record Journeys(List<StaffRow> staff, List<ReferralRow> referrals, List<EncounterRow> encounters,
                       List<PrescriptionRow> prescriptions, List<ChampionRow> champions, List<HoursRow> hours) {

    public Journeys {
        staff = List.copyOf(staff);
        referrals = List.copyOf(referrals);
        encounters = List.copyOf(encounters);
        prescriptions = List.copyOf(prescriptions);
        champions = List.copyOf(champions);
        hours = List.copyOf(hours);
    }

    /** One status change of a path: to what, on which day, why ("" when no reason is needed). */
    public record Step<S>(S status, LocalDate on, String reason) {
    }

    public record StaffRow(String key, String name, StaffMember.Role role, Optional<StaffMember.Discipline> discipline,
                           String phone, String email, boolean active) {
    }

    /**
     * A referral and the dates of its path: requested on {@code referredOn}, accepted, in progress from the
     * first contact, perhaps on hold and resumed, then closed with {@code status} on {@code closedOn}.
     */
    public record ReferralRow(String id, String chartNumber, Optional<String> prescriber, Optional<String> navigator,
                              Referral.Source source, LocalDate referredOn, Referral.Urgency urgency,
                              Set<ReferralReason> reasons, String otherReason, String hopes,
                              Optional<LocalDate> acceptedOn, Optional<LocalDate> firstContactOn,
                              Optional<LocalDate> onHoldOn, String onHoldReason, Optional<LocalDate> resumedOn,
                              ReferralStatus status, String statusReason, Optional<LocalDate> closedOn) {
        public ReferralRow {
            reasons = Set.copyOf(reasons);
        }

        /**
         * The status changes the dates imply, as the app would have made them: a first contact moves an
         * accepted referral to in progress (and nothing else), a resumed one goes back to where it was.
         */
        public List<Step<ReferralStatus>> path() {
            List<Step<ReferralStatus>> steps = new ArrayList<>();
            steps.add(new Step<>(ReferralStatus.REQUESTED, referredOn, ""));
            acceptedOn.ifPresent(on -> steps.add(new Step<>(ReferralStatus.ACCEPTED, on, "")));
            firstContactOn.filter(on -> last(steps) == ReferralStatus.ACCEPTED)
                    .ifPresent(on -> steps.add(new Step<>(ReferralStatus.IN_PROGRESS, on, "")));
            onHoldOn.ifPresent(on -> steps.add(new Step<>(ReferralStatus.ON_HOLD, on, onHoldReason)));
            resumedOn.ifPresent(on -> steps.add(new Step<>(firstContactOn.isPresent()
                    ? ReferralStatus.IN_PROGRESS : ReferralStatus.ACCEPTED, on, "")));
            closedOn.ifPresent(on -> steps.add(new Step<>(status, on, statusReason)));
            return steps;
        }

        /** The reason stored on the referral itself: that of its latest status change. */
        public String currentReason() {
            List<Step<ReferralStatus>> steps = path();
            return steps.get(steps.size() - 1).reason();
        }
    }

    public record EncounterRow(String chartNumber, Optional<String> referral, Optional<String> navigator,
                               LocalDate occurredOn, Encounter.Mode mode, int minutes, String notes, String nextStep,
                               Optional<LocalDate> nextStepDueOn, boolean nextStepDone) {
    }

    /** A social prescription to a catalog program or a material support, and the dates of its path. */
    public record PrescriptionRow(String chartNumber, Optional<String> referral, Optional<String> program,
                                  String materialSupport, PrescriptionStatus status, String statusReason,
                                  LocalDate suggestedOn, Optional<LocalDate> agreedOn, Optional<LocalDate> startedOn,
                                  Optional<LocalDate> attendingOn, Optional<LocalDate> endedOn,
                                  Set<BarrierType> barriersAddressed, List<SocialPrescription.Support> supports,
                                  String notes) {
        public PrescriptionRow {
            barriersAddressed = Set.copyOf(barriersAddressed);
            supports = List.copyOf(supports);
        }

        public List<Step<PrescriptionStatus>> path() {
            List<Step<PrescriptionStatus>> steps = new ArrayList<>();
            steps.add(new Step<>(PrescriptionStatus.SUGGESTED, suggestedOn, ""));
            agreedOn.ifPresent(on -> steps.add(new Step<>(PrescriptionStatus.AGREED, on, "")));
            startedOn.ifPresent(on -> steps.add(new Step<>(PrescriptionStatus.STARTED, on, "")));
            attendingOn.ifPresent(on -> steps.add(new Step<>(PrescriptionStatus.ATTENDING, on, "")));
            endedOn.ifPresent(on -> steps.add(new Step<>(status, on, statusReason)));
            return steps;
        }
    }

    public record ChampionRow(String chartNumber, LocalDate since, boolean trainingDone, String trainingNote,
                              boolean active, List<ProgramRole> programs) {
        public ChampionRow {
            programs = List.copyOf(programs);
        }
    }

    /** A program a Health Champion co-creates or leads, by its catalog id. */
    public record ProgramRole(String program, HealthChampion.Role role) {
    }

    public record HoursRow(String chartNumber, Optional<String> program, LocalDate workedOn, int minutes, String note) {
    }

    private static <S> S last(List<Step<S>> steps) {
        return steps.get(steps.size() - 1).status();
    }
}
