package org.linkwell.sampledata;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.linkwell.clients.Client;
import org.linkwell.clients.ClientRules;

/**
 * How to reach a synthetic client: an address in and around Cornwall, Ontario, a phone number
 * from the 555-01xx range that North America keeps for fiction, and example.* e-mail domains.
 */
final class ContactMaker {
    private static final List<String> TOWN_STREETS = Names.words("Pitt Street, Second Street East, "
            + "Second Street West, Montreal Road, Brookdale Avenue, Cumberland Street, Sydney Street, McConnell Avenue, "
            + "Marlborough Street, Baldwin Avenue, Boundary Road, Water Street, York Street, Amelia Street, "
            + "Augustus Street, Adolphus Street, Belmont Street, Danis Avenue, Ninth Street West, Fourth Street East, "
            + "Seventh Street West, Vincent Massey Drive, Tollgate Road West, Eleventh Street East, Carleton Street, "
            + "Gloucester Street, Walton Street, Riverdale Avenue, Lemay Street, Aubin Avenue, Guy Street");
    private static final List<String> VILLAGE_STREETS = Names.words("Main Street, County Road 2, County Road 18, "
            + "Church Street, Mill Street, Rue Principale, Front Road, King Street");
    private static final List<Place> VILLAGES = List.of(new Place("Long Sault", "K0C 1P0"),
            new Place("Ingleside", "K0C 1M0"), new Place("Lancaster", "K0C 1N0"), new Place("Martintown", "K0C 1S0"),
            new Place("Alexandria", "K0C 1A0"), new Place("Williamstown", "K0C 2J0"),
            new Place("St. Andrews West", "K0C 2A0"));
    private static final List<String> TOWN_AREAS = List.of("K6H", "K6J", "K6K");
    private static final List<String> AREA_CODES = List.of("613", "343", "705");
    private static final int[] AREA_CODE_WEIGHTS = {70, 20, 10};
    private static final List<String> MAIL_DOMAINS = List.of("example.com", "example.org", "example.net");
    /** The letters Canada Post uses after the first position of a postal code. */
    private static final String POSTAL_LETTERS = "ABCEGHJKLMNPRSTVWXYZ";

    private record Place(String city, String postalCode) {
    }

    private ContactMaker() {
    }

    static Client.Contact make(Pick pick, Client.Identity identity, LocalDate asOf) {
        int age = identity.dateOfBirth().map(dob -> Period.between(dob, asOf).getYears()).orElse(60);
        String phone = pick.chance(0.96) ? phone(pick) : "";
        String email = pick.chance(age < 40 ? 0.7 : age < 65 ? 0.45 : 0.2) ? email(pick, identity) : "";
        boolean hasPhone = !phone.isEmpty();
        boolean inTown = pick.chance(0.85);
        Place place = inTown ? new Place("Cornwall", townPostalCode(pick)) : pick.one(VILLAGES);
        return new Client.Contact(phone, email, street(pick, inTown), place.city(), "ON", place.postalCode(),
                hasPhone && pick.chance(0.93), hasPhone && pick.chance(age < 65 ? 0.6 : 0.3),
                !email.isEmpty() && pick.chance(0.75), hasPhone && pick.chance(0.6));
    }

    private static String phone(Pick pick) {
        return pick.weighted(AREA_CODES, AREA_CODE_WEIGHTS) + "-555-01" + pick.digits(2);
    }

    private static String email(Pick pick, Client.Identity identity) {
        String given = ClientRules.fold(identity.givenName());
        String family = ClientRules.fold(identity.familyName());
        String local = switch (pick.between(0, 2)) {
            case 0 -> given + "." + family;
            case 1 -> given.charAt(0) + family;
            default -> given + family + pick.digits(2);
        };
        return local + "@" + pick.one(MAIL_DOMAINS);
    }

    private static String street(Pick pick, boolean inTown) {
        String number = Integer.toString(pick.between(1, inTown ? 1999 : 20999));
        if (!inTown) {
            return number + " " + pick.one(VILLAGE_STREETS);
        }
        String unit = pick.chance(0.15) ? pick.between(1, 24) + "-" : "";
        return unit + number + " " + pick.one(TOWN_STREETS);
    }

    private static String townPostalCode(Pick pick) {
        return pick.one(TOWN_AREAS) + " " + pick.digits(1) + pick.oneOf(POSTAL_LETTERS) + pick.digits(1);
    }
}
