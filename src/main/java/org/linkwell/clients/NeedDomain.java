package org.linkwell.clients;

/** Social-determinant domains a navigator asks about. */
public enum NeedDomain {
    INCOME, HOUSING, FOOD_SECURITY, EMPLOYMENT, EDUCATION, SOCIAL_ISOLATION,
    TRANSPORTATION, CAREGIVING, LEGAL, DIGITAL_ACCESS;

    public String code() {
        return Codes.of(this);
    }

    public static NeedDomain fromCode(String code) {
        return Codes.parse(NeedDomain.class, code);
    }

    public String messageKey() {
        return "need." + code();
    }
}
