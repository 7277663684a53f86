package org.linkwell.security;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The person signed in on this desktop. The audit log names them; before anyone signs in (headless
 * commands without credentials, the very first start) actions are recorded as "local".
 */
public final class Session {
    public static final String NOBODY = "local";

    private final AtomicReference<SignedInUser> current = new AtomicReference<>();

    public Optional<SignedInUser> user() {
        return Optional.ofNullable(current.get());
    }

    /** The name the audit log records for what is done now. */
    public String actor() {
        return user().map(SignedInUser::username).orElse(NOBODY);
    }

    void start(SignedInUser user) {
        current.set(user);
    }

    public void end() {
        current.set(null);
    }

    /** Refuses the action unless the signed-in person's role allows it. */
    public SignedInUser require(Permission permission) {
        SignedInUser user = user().orElseThrow(() -> new NotAllowedException(permission));
        if (!user.may(permission)) {
            throw new NotAllowedException(permission);
        }
        return user;
    }
}
