package org.linkwell.referrals;

/** A status change the lifecycle does not allow (e.g. a completed referral back to requested). */
public class IllegalTransitionException extends RuntimeException {
    private final String from;
    private final String to;

    public IllegalTransitionException(String from, String to) {
        super("cannot move from " + from + " to " + to);
        this.from = from;
        this.to = to;
    }

    /** Status codes, for the translated message. */
    public String from() {
        return from;
    }

    public String to() {
        return to;
    }
}
