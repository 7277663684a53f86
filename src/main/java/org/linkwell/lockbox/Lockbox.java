package org.linkwell.lockbox;

/** What a client's lockbox hides from the person acting now: what printouts and screens ask before they show. */
@FunctionalInterface
public interface Lockbox {
    /** Nothing withheld: for code paths that hold no client's record. */
    Lockbox OPEN = clientId -> Withheld.NOTHING;

    Withheld withheld(long clientId);
}
