package org.linkwell.printing;

/** The document asked for has nothing to be about (no closed referral, no program with a partner). */
public final class NothingToPrintException extends RuntimeException {
    private final String messageKey;

    public NothingToPrintException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
