package org.linkwell.programs;

/** Who a program is meant for, beyond age. */
public enum Audience {
    OLDER_ADULTS, NEWCOMERS, BLACK_COMMUNITY, INDIGENOUS, FRANCOPHONE, WOMEN, MEN, YOUTH, TWO_SLGBTQIA,
    CAREGIVERS, FAMILIES, PEOPLE_WITH_DISABILITIES;

    public String code() {
        return Code.of(this);
    }

    public String messageKey() {
        return "audience." + code();
    }
}
