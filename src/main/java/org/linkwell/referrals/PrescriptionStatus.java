package org.linkwell.referrals;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/** A social prescription's path: suggested → agreed → started → attending → completed, or declined / dropped out. */
public enum PrescriptionStatus {
    SUGGESTED, AGREED, STARTED, ATTENDING, COMPLETED, DECLINED, DROPPED_OUT;

    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static PrescriptionStatus fromCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT).replace('-', '_'));
    }

    public String messageKey() {
        return "prescriptionStatus." + code();
    }

    public boolean isClosed() {
        return this == COMPLETED || this == DECLINED || this == DROPPED_OUT;
    }

    /** The client took it up: started, attending or completed. */
    public boolean isTakenUp() {
        return this == STARTED || this == ATTENDING || this == COMPLETED;
    }

    public Set<PrescriptionStatus> next() {
        return switch (this) {
            case SUGGESTED -> EnumSet.of(AGREED, DECLINED);
            case AGREED -> EnumSet.of(STARTED, DECLINED, DROPPED_OUT);
            case STARTED -> EnumSet.of(ATTENDING, COMPLETED, DROPPED_OUT);
            case ATTENDING -> EnumSet.of(COMPLETED, DROPPED_OUT);
            case COMPLETED, DECLINED, DROPPED_OUT -> EnumSet.noneOf(PrescriptionStatus.class);
        };
    }

    public boolean canMoveTo(PrescriptionStatus target) {
        return next().contains(target);
    }

    public boolean needsReason() {
        return this == DECLINED || this == DROPPED_OUT;
    }
}
