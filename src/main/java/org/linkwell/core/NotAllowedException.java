package org.linkwell.core;

/** The signed-in person's role does not allow this action. */
public final class NotAllowedException extends RuntimeException {
    private final Permission permission;

    public NotAllowedException(Permission permission) {
        super("not allowed: " + permission);
        this.permission = permission;
    }

    public Permission permission() {
        return permission;
    }
}
