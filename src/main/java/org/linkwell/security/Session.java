package org.linkwell.security;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.linkwell.core.Access;
import org.linkwell.core.NotAllowedException;
import org.linkwell.core.Permission;

/**
 * The person signed in on this desktop. The audit log names them; before anyone signs in (headless
 * commands without credentials, the very first start) actions are recorded as "local".
 */
public final class Session implements Access {
    public static final String NOBODY = "local";

    private final AtomicReference<SignedInUser> current = new AtomicReference<>();

    public Optional<SignedInUser> user() {
        return Optional.ofNullable(current.get());
    }

    @Override
    public String actor() {
        return user().map(SignedInUser::username).orElse(NOBODY);
    }

    void start(SignedInUser user) {
        current.set(user);
    }

    public void end() {
        current.set(null);
    }

    @Override
    public Optional<Long> staffId() {
        return user().map(signedIn -> signedIn.staff().id());
    }

    @Override
    public boolean may(Permission permission) {
        return user().map(signedIn -> signedIn.may(permission)).orElse(false);
    }

    /** Refuses the action unless the signed-in person's role allows it; the person, when it does. */
    public SignedInUser requireUser(Permission permission) {
        require(permission);
        return user().orElseThrow(() -> new NotAllowedException(permission));
    }
}
