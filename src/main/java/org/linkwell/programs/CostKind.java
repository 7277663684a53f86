package org.linkwell.programs;

public enum CostKind { FREE, FEE, SLIDING_SCALE;
    public String code() {
        return Code.of(this);
    }

    public String messageKey() {
        return "costKind." + code();
    }
}
