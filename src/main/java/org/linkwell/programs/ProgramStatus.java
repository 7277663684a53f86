package org.linkwell.programs;

public enum ProgramStatus { ACTIVE, PAUSED, ENDED;
    public String code() {
        return Code.of(this);
    }

    public String messageKey() {
        return "programStatus." + code();
    }
}
