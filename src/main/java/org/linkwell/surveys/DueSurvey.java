package org.linkwell.surveys;

import java.time.LocalDate;
import java.util.List;

/**
 * A scheduled survey of one client not yet recorded: which timepoint (0 = baseline), when it is due, and the
 * instruments still to do. UPCOMING: not open yet; DUE: within two weeks either side of its day; OVERDUE: later,
 * until it is given up as MISSED (left off the worklists, still shown on the client's page).
 */
public record DueSurvey(long clientId, int timepoint, LocalDate dueOn, List<String> instrumentIds, State state) {
    public DueSurvey {
        instrumentIds = List.copyOf(instrumentIds);
    }

    public enum State { UPCOMING, DUE, OVERDUE, MISSED;
        public String messageKey() {
            return "survey.due.state." + name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public boolean isOnWorklist() {
        return state == State.DUE || state == State.OVERDUE;
    }
}
