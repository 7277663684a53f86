package org.linkwell.core;

/** The signed-in person's role does not allow this action, or the client is not one of theirs. */
public final class NotAllowedException extends RuntimeException {
    private final Permission permission;
    private final boolean outsideCaseload;

    public NotAllowedException(Permission permission) {
        this(permission, false);
    }

    private NotAllowedException(Permission permission, boolean outsideCaseload) {
        super("not allowed: " + permission + (outsideCaseload ? " (client outside the caseload)" : ""));
        this.permission = permission;
        this.outsideCaseload = outsideCaseload;
    }

    /** The role may see whole records, but not this client's: they are not in the person's caseload. */
    public static NotAllowedException outsideCaseload() {
        return new NotAllowedException(Permission.CLIENT_RECORD, true);
    }

    public Permission permission() {
        return permission;
    }

    public boolean isOutsideCaseload() {
        return outsideCaseload;
    }
}
