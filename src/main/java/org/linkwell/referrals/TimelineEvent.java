package org.linkwell.referrals;

import java.time.LocalDate;
import java.util.List;

/**
 * One step of a client's journey, for the timeline: when, what kind, a message key with its values,
 * and an optional free-text detail (a note or a reason).
 */
public record TimelineEvent(LocalDate on, Kind kind, String messageKey, List<String> args, String detail) {
    public TimelineEvent {
        args = List.copyOf(args);
    }

    public enum Kind { REFERRAL, ENCOUNTER, PRESCRIPTION, CHAMPION }
}
