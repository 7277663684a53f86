package org.linkwell.clients;

import java.util.Optional;

/** Standard reasons to close a client's file; stored as "code" or "code: details". */
public enum ClosureReason {
    GOALS_MET, MOVED_AWAY, DECLINED, UNREACHABLE, TRANSFERRED, DECEASED, OTHER;

    public String code() {
        return Codes.of(this);
    }

    public String messageKey() {
        return "closeReason." + code();
    }

    public String compose(String details) {
        return details == null || details.isBlank() ? code() : code() + ": " + details.strip();
    }

    /** The standard reason a stored text starts with, if any. */
    public static Optional<ClosureReason> of(String stored) {
        for (ClosureReason reason : values()) {
            if (stored.equals(reason.code()) || stored.startsWith(reason.code() + ": ")) {
                return Optional.of(reason);
            }
        }
        return Optional.empty();
    }

    public static String details(String stored) {
        int colon = stored.indexOf(": ");
        return of(stored).isPresent() && colon > 0 ? stored.substring(colon + 2) : of(stored).isPresent() ? "" : stored;
    }
}
