package org.linkwell.clients;

/** What can stop a client from taking part in a program. */
public enum BarrierType {
    COST, TRANSPORT, LANGUAGE, MOBILITY, CHILDCARE, ANXIETY, SCHEDULE, DISTANCE;

    public String code() {
        return Codes.of(this);
    }

    public static BarrierType fromCode(String code) {
        return Codes.parse(BarrierType.class, code);
    }

    public String messageKey() {
        return "barrier." + code();
    }
}
