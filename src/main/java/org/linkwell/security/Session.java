package org.linkwell.security;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import org.jooq.DSLContext;
import org.linkwell.core.Access;
import org.linkwell.core.Caseload;
import org.linkwell.core.NotAllowedException;
import org.linkwell.core.Permission;

/**
 * The person signed in on this desktop, or a trusted job no person started (loading the sample CHC into an empty
 * file, a benchmark). The audit log names them; before anyone signs in the actor is "local" and nothing is allowed.
 */
public final class Session implements Access {
    public static final String NOBODY = "local";
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Session.class);

    private final Caseload caseload;
    private final AtomicReference<SignedInUser> current = new AtomicReference<>();
    private final AtomicReference<Access> job = new AtomicReference<>();
    private final List<Runnable> signingOut = new CopyOnWriteArrayList<>();

    public Session(Caseload caseload) {
        this.caseload = caseload;
    }

    public Optional<SignedInUser> user() {
        return Optional.ofNullable(current.get());
    }

    @Override
    public String actor() {
        Access trusted = job.get();
        if (trusted != null) {
            return trusted.actor();
        }
        return user().map(SignedInUser::username).orElse(NOBODY);
    }

    void start(SignedInUser user) {
        job.set(null);
        current.set(user);
    }

    /** A job no person started, with only the permissions it needs (e.g. the sample CHC on an empty file). */
    public void startTrustedJob(Access trusted) {
        current.set(null);
        job.set(trusted);
    }

    /**
     * A person's sign-in, from the sign-in service: when someone else was still signed in here (the screen lock's
     * "someone else"), their session ends first, as a sign-out would.
     */
    void begin(SignedInUser user) {
        if (user().filter(before -> before.loginId() != user.loginId()).isPresent()) {
            end();
        }
        start(user);
    }

    /** What must happen as a person's session ends (e.g. their break-glass closes); run while they are still here. */
    public void whenSigningOut(Runnable action) {
        signingOut.add(action);
    }

    /** Signs the person out; what runs at sign-out never keeps the session open, even when it fails. */
    public void end() {
        if (current.get() != null) {
            for (Runnable action : signingOut) {
                try {
                    action.run();
                } catch (RuntimeException failed) {
                    LOG.error("Could not finish signing out cleanly", failed);
                }
            }
        }
        current.set(null);
        job.set(null);
    }

    @Override
    public Optional<Long> staffId() {
        return user().map(signedIn -> signedIn.staff().id());
    }

    @Override
    public boolean may(Permission permission) {
        Access trusted = job.get();
        if (trusted != null) {
            return trusted.may(permission);
        }
        return user().map(signedIn -> signedIn.may(permission)).orElse(false);
    }

    @Override
    public Optional<Set<Long>> caseload(DSLContext dsl) {
        Access trusted = job.get();
        if (trusted != null || may(Permission.ALL_CLIENTS)) {
            return Optional.empty();
        }
        return Optional.of(staffId().map(me -> caseload.clients(dsl, me, may(Permission.JOURNEY_WORK)))
                .orElse(Set.of()));
    }

    @Override
    public boolean reaches(DSLContext dsl, long clientId) {
        if (job.get() != null || may(Permission.ALL_CLIENTS)) {
            return true;
        }
        return staffId().map(me -> caseload.includes(dsl, me, may(Permission.JOURNEY_WORK), clientId)).orElse(false);
    }

    /** Refuses the action unless the signed-in person's role allows it; the person, when it does. */
    public SignedInUser requireUser(Permission permission) {
        require(permission);
        return user().orElseThrow(() -> new NotAllowedException(permission));
    }
}
