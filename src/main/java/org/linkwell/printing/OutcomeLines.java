package org.linkwell.printing;

import java.util.List;
import java.util.Locale;

/**
 * The port through which the letter to the prescriber gets a client's survey scores (baseline and latest).
 * The surveys feature supplies the real one; until then {@link #NONE} says there are no scores yet.
 */
public interface OutcomeLines {
    OutcomeLines NONE = (clientId, locale) -> List.of();

    List<OutcomeLine> forClient(long clientId, Locale locale);
}
