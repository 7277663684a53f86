package org.linkwell.printing;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.linkwell.clients.Client;
import org.linkwell.clients.InterestOption;
import org.linkwell.lockbox.Withheld;
import org.linkwell.programs.Catalog;
import org.linkwell.programs.PartnerOrganization;
import org.linkwell.programs.Program;
import org.linkwell.referrals.Journey;
import org.linkwell.referrals.Referral;
import org.linkwell.referrals.SocialPrescription;
import org.linkwell.referrals.StaffMember;

/**
 * Everything a printout about one client may draw on, read once. What each document shows is its own choice; what
 * the client's lockbox withholds from the person printing has already been taken out ({@code withheld} says what).
 */
public record ClientDossier(Client client, Journey journey, Catalog catalog, Map<Long, StaffMember> staff,
                            List<InterestOption> interests, Letterhead letterhead, LocalDate today,
                            Optional<Long> currentNavigator, Withheld withheld) {

    public ClientDossier {
        staff = Map.copyOf(staff);
        interests = List.copyOf(interests);
    }

    /** The name the client goes by. */
    public String preferredName() {
        Client.Identity id = client.identity();
        String given = id.preferredName().isBlank() ? id.givenName() : id.preferredName();
        return (given + " " + id.familyName()).strip();
    }

    /** The open referral, else the latest one. */
    public Optional<Referral> currentReferral() {
        return journey.openReferral().or(() -> journey.referrals().stream()
                .max(Comparator.comparing(Referral::referredOn).thenComparing(Referral::id)));
    }

    /** Social prescriptions not yet completed, declined or dropped. */
    public List<SocialPrescription> activePrescriptions() {
        return journey.prescriptions().stream().filter(p -> !p.status().isClosed()).toList();
    }

    public List<SocialPrescription> prescriptionsOf(Referral referral) {
        List<SocialPrescription> linked = journey.prescriptions().stream()
                .filter(p -> p.referralId().equals(Optional.of(referral.id()))).toList();
        return linked.isEmpty() ? journey.prescriptions() : linked;
    }

    public Optional<Program> program(SocialPrescription prescription) {
        return prescription.programId().flatMap(id -> catalog.programs().stream().filter(p -> p.id() == id).findFirst());
    }

    public Optional<PartnerOrganization> organization(SocialPrescription prescription) {
        return program(prescription).flatMap(catalog::organizationOf);
    }

    public Optional<StaffMember> prescriber(Optional<Referral> referral) {
        return referral.flatMap(Referral::prescriberId).map(staff::get);
    }

    /** The referral's navigator, else the navigator using this desktop. */
    public Optional<StaffMember> navigator(Optional<Referral> referral) {
        return referral.flatMap(Referral::navigatorId).or(() -> currentNavigator).map(staff::get);
    }

    public Optional<Referral> referral(long id) {
        return journey.referrals().stream().filter(r -> r.id() == id).findFirst();
    }
}
