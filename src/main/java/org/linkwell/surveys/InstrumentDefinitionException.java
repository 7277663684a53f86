package org.linkwell.surveys;

/**
 * A definition file was refused. line: where in the file (from 1); messageKey and args: what is wrong, as a
 * key of the message bundles (shown as "Line 12: ..." in the user's language).
 */
public final class InstrumentDefinitionException extends RuntimeException {
    private final int line;
    private final String messageKey;
    private final transient Object[] args;

    public InstrumentDefinitionException(int line, String messageKey, Object... args) {
        super("line " + line + ": " + messageKey + " " + java.util.Arrays.toString(args));
        this.line = line;
        this.messageKey = messageKey;
        this.args = args.clone();
    }

    public int line() {
        return line;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args.clone();
    }
}
