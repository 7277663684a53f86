package org.linkwell.referrals;

/** A status change the lifecycle does not allow (e.g. a completed referral back to requested). */
public class IllegalTransitionException extends RuntimeException {
    private final String from;
    private final String to;
    private final String labelPrefix;

    /** @param labelPrefix the message-key prefix of the status labels: "referralStatus." or "prescriptionStatus." */
    public IllegalTransitionException(String labelPrefix, String from, String to) {
        super("cannot move from " + from + " to " + to);
        this.labelPrefix = labelPrefix;
        this.from = from;
        this.to = to;
    }

    public String fromKey() {
        return labelPrefix + from;
    }

    public String toKey() {
        return labelPrefix + to;
    }

    /** Status codes, for the translated message. */
    public String from() {
        return from;
    }

    public String to() {
        return to;
    }
}
