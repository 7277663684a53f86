package org.linkwell.programs;

/** What makes a program easier to reach or take part in. */
public enum AccessibilityFeature {
    WHEELCHAIR_ACCESS, ACCESSIBLE_WASHROOM, HEARING_LOOP, ASL_INTERPRETATION, LARGE_PRINT, SEATING_AVAILABLE,
    SCENT_FREE, QUIET_SPACE, ON_BUS_ROUTE, FREE_PARKING, CHILDCARE_ON_SITE;

    public String code() {
        return Code.of(this);
    }

    public String messageKey() {
        return "accessibility." + code();
    }
}
