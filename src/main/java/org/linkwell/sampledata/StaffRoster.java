package org.linkwell.sampledata;

import static org.linkwell.referrals.StaffMember.Discipline.DIETITIAN;
import static org.linkwell.referrals.StaffMember.Discipline.EXTERNAL_AGENCY;
import static org.linkwell.referrals.StaffMember.Discipline.FAMILY_PHYSICIAN;
import static org.linkwell.referrals.StaffMember.Discipline.NURSE;
import static org.linkwell.referrals.StaffMember.Discipline.NURSE_PRACTITIONER;
import static org.linkwell.referrals.StaffMember.Discipline.OTHER_PROVIDER;
import static org.linkwell.referrals.StaffMember.Discipline.SOCIAL_WORKER;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.linkwell.referrals.StaffMember.Discipline;
import org.linkwell.referrals.StaffMember.Role;

/**
 * The made-up staff of the sample CHC: 25 prescribers in every discipline (two of them outside
 * agencies), the six navigators who record consent in clients.csv, and a manager. Invented names.
 */
final class StaffRoster {
    /** A navigator, whether they work in French, and how big their caseload is (relative weight). */
    record Navigator(Journeys.StaffRow staff, String initialName, boolean french, int caseload) {
    }

    /** A prescriber and how often they refer (relative weight). */
    record Prescriber(Journeys.StaffRow staff, int referrals) {
    }

    static final List<Prescriber> PRESCRIBERS = List.of(
            prescriber("Catherine Lefebvre", FAMILY_PHYSICIAN, 9), prescriber("Daniel Brisebois", FAMILY_PHYSICIAN, 8),
            prescriber("Nadia Haddad", FAMILY_PHYSICIAN, 7), prescriber("Michael O'Connor", FAMILY_PHYSICIAN, 7),
            prescriber("Sophie Gauthier", FAMILY_PHYSICIAN, 6), prescriber("Rajiv Mehta", FAMILY_PHYSICIAN, 5),
            prescriber("Élise Paquette", FAMILY_PHYSICIAN, 5), prescriber("Thomas Whitfield", FAMILY_PHYSICIAN, 3),
            prescriber("Geneviève Poirier", NURSE_PRACTITIONER, 7), prescriber("Laura McKenzie", NURSE_PRACTITIONER, 6),
            prescriber("Chantal Desrosiers", NURSE_PRACTITIONER, 5), prescriber("Amanda Boyle", NURSE_PRACTITIONER, 3),
            prescriber("Isabelle Charbonneau", NURSE, 4), prescriber("Jennifer Walsh", NURSE, 3),
            prescriber("Mélanie Roy", NURSE, 3), prescriber("Grace Mensah", NURSE, 2),
            prescriber("Valérie Ouellette", SOCIAL_WORKER, 5), prescriber("Kwame Asante", SOCIAL_WORKER, 4),
            prescriber("Rachel Doucette", SOCIAL_WORKER, 3),
            prescriber("Annie Bergeron", DIETITIAN, 2), prescriber("Heather Sinclair", DIETITIAN, 2),
            prescriber("Marc-André Lapointe", OTHER_PROVIDER, 2), prescriber("Priya Nair", OTHER_PROVIDER, 2),
            agency("Seaway Valley Home Care Coordination", "613-555-0131", "homecare.intake@example.ca", 4),
            agency("Glengarry Community Paramedic Outreach", "613-555-0132", "paramedic.outreach@example.ca", 2));

    /** The initials match consent_recorded_by in clients.csv, so the navigator who met a client is theirs. */
    static final List<Navigator> NAVIGATORS = List.of(
            navigator("Marie Lalonde", "M. Lalonde", true, 6), navigator("Patrick Grant", "P. Grant", true, 6),
            navigator("Simran Dhillon", "S. Dhillon", false, 5), navigator("Adaeze Okafor", "A. Okafor", true, 5),
            navigator("Julie Thériault", "J. Thériault", true, 6), navigator("Kevin MacLeod", "K. MacLeod", false, 3));

    static final Journeys.StaffRow MANAGER = staff("Danielle Séguin", Role.MANAGER, Optional.empty());

    private StaffRoster() {
    }

    static List<Journeys.StaffRow> all() {
        List<Journeys.StaffRow> all = new ArrayList<>();
        PRESCRIBERS.forEach(p -> all.add(p.staff()));
        NAVIGATORS.forEach(n -> all.add(n.staff()));
        all.add(MANAGER);
        return all;
    }

    static int[] prescriberWeights() {
        return PRESCRIBERS.stream().mapToInt(Prescriber::referrals).toArray();
    }

    private static Prescriber prescriber(String name, Discipline discipline, int referrals) {
        return new Prescriber(staff(name, Role.PRESCRIBER, Optional.of(discipline)), referrals);
    }

    private static Prescriber agency(String name, String phone, String email, int referrals) {
        return new Prescriber(new Journeys.StaffRow("agency-" + slug(name), name, Role.PRESCRIBER,
                Optional.of(EXTERNAL_AGENCY), phone, email, true), referrals);
    }

    private static Navigator navigator(String name, String initialName, boolean french, int caseload) {
        return new Navigator(staff(name, Role.NAVIGATOR, Optional.empty()), initialName, french, caseload);
    }

    /** Our own staff: e-mail at example.org, no direct line. */
    private static Journeys.StaffRow staff(String name, Role role, Optional<Discipline> discipline) {
        String slug = slug(name);
        String key = switch (role) {
            case NAVIGATOR -> "nav-" + slug.substring(slug.lastIndexOf('-') + 1);
            case PRESCRIBER -> "rx-" + slug;
            default -> role.code() + "-" + slug;
        };
        return new Journeys.StaffRow(key, name, role, discipline, "", slug.replace('-', '.') + "@example.org", true);
    }

    /** "Élise Paquette" → "elise-paquette". */
    static String slug(String name) {
        String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }
}
