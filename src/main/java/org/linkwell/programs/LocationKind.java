package org.linkwell.programs;

public enum LocationKind { IN_PERSON, VIRTUAL, PHONE;
    public String code() {
        return Code.of(this);
    }

    public String messageKey() {
        return "locationKind." + code();
    }
}
