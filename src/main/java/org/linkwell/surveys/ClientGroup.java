package org.linkwell.surveys;

/** Which clients an outcomes summary covers. */
public sealed interface ClientGroup {
    record All() implements ClientGroup {
    }

    /** Clients with at least one social prescription to a program of this category. */
    record ProgramCategory(org.linkwell.programs.Category category) implements ClientGroup {
    }

    /** Clients who self-identified with this answer to this equity question. */
    record Equity(org.linkwell.clients.EquityQuestion question, String answer) implements ClientGroup {
    }
}
