package org.linkwell.surveys;

import org.linkwell.core.Messages;

/** Words for a refused definition file: "Line 12: ..." in the user's language. */
public final class InstrumentErrors {
    private InstrumentErrors() {
    }

    public static String describe(Messages messages, InstrumentDefinitionException e) {
        String what = messages.get(e.messageKey(), e.args());
        return e.line() > 0 ? messages.get("instrument.error.line", e.line(), what) : what;
    }
}
