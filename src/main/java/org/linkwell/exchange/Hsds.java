package org.linkwell.exchange;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * Linkwell's conventions inside an HSDS package, shared by the exporter and the importer. What HSDS has
 * no field for is carried by attributes linked to taxonomy terms of Linkwell's own taxonomies.
 */
final class Hsds {
    /** The organisation row that stands for our own CHC: programs it runs are "run by our CHC". */
    static final String OUR_CHC_ID = "chc";
    static final String CATEGORY = "linkwell-category";
    static final String INTEREST = "linkwell-interest";
    static final String AUDIENCE = "linkwell-audience";
    static final String HOW_TO_JOIN = "linkwell-how-to-join";
    static final String LOCATION_KIND = "linkwell-location-kind";
    static final String FLAG = "linkwell-flag";
    static final String CO_CREATED = "co-created";
    static final String CHAMPION_LED = "champion-led";
    static final String SUBSIDY = "subsidy-available";
    static final String INACTIVE = "organization-inactive";
    static final String NOTES = "organization-notes";
    /**
     * HSDS schedules have no BYMONTH: a season is written into schedule.description as this RFC 5545 part,
     * e.g. "Meets only in September, October, ... (BYMONTH=9,10,11,12,1,2,3,4,5,6)", and read back from it.
     */
    static final String BYMONTH = "BYMONTH=";
    static final String CURRENCY = "CAD";
    static final String COUNTRY = "CA";
    static final String PROVINCE = "ON";
    static final String PLACE_UNIT = "place";

    private Hsds() {
    }

    /** A stable UUID for a row Linkwell has no id for (a schedule, an address): the same parts, the same id. */
    static String id(String... parts) {
        return UUID.nameUUIDFromBytes(("linkwell/" + String.join("/", parts)).getBytes(StandardCharsets.UTF_8))
                .toString();
    }
}
