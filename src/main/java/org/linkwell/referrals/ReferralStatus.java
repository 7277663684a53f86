package org.linkwell.referrals;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * Where a referral stands. The codes are FHIR Task status codes, so an export is lossless:
 * requested → accepted (navigator assigned) → in-progress → completed; also on-hold, rejected, cancelled.
 */
public enum ReferralStatus {
    REQUESTED, ACCEPTED, IN_PROGRESS, ON_HOLD, COMPLETED, REJECTED, CANCELLED;

    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static ReferralStatus fromCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT).replace('-', '_'));
    }

    public String messageKey() {
        return "referralStatus." + code();
    }

    public boolean isClosed() {
        return this == COMPLETED || this == REJECTED || this == CANCELLED;
    }

    /** The statuses a referral may move to from this one. */
    public Set<ReferralStatus> next() {
        return switch (this) {
            case REQUESTED -> EnumSet.of(ACCEPTED, ON_HOLD, REJECTED, CANCELLED);
            case ACCEPTED -> EnumSet.of(IN_PROGRESS, ON_HOLD, REJECTED, CANCELLED);
            case IN_PROGRESS -> EnumSet.of(COMPLETED, ON_HOLD, REJECTED, CANCELLED);
            case ON_HOLD -> EnumSet.of(ACCEPTED, IN_PROGRESS, CANCELLED, REJECTED);
            case COMPLETED, REJECTED, CANCELLED -> EnumSet.noneOf(ReferralStatus.class);
        };
    }

    public boolean canMoveTo(ReferralStatus target) {
        return next().contains(target);
    }

    /** A move to one of these must say why. */
    public boolean needsReason() {
        return this == REJECTED || this == CANCELLED || this == ON_HOLD;
    }
}
