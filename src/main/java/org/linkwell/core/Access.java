package org.linkwell.core;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.jooq.DSLContext;

/**
 * Who is acting now and what their role allows: what services check before they read or change a client's
 * record, and whom the audit log names. The signed-in session is the one real implementation; tests and
 * trusted jobs use {@link #everything(String)} or {@link #only(String, Permission...)}.
 */
public interface Access {

    /** The name the audit log records for what is done now. */
    String actor();

    /** The staff member acting, when a person is signed in. */
    Optional<Long> staffId();

    boolean may(Permission permission);

    /**
     * The clients whose whole record is open to the acting person, read in the caller's transaction: empty when
     * that is every client ({@link Permission#ALL_CLIENTS}), else their caseload (see {@link Caseload}).
     */
    Optional<Set<Long>> caseload(DSLContext dsl);

    /** Whether this client's whole record is open to the acting person (one indexed look-up, not the whole set). */
    boolean reaches(DSLContext dsl, long clientId);

    /** Refuses the action unless the acting person's role allows it. */
    default void require(Permission permission) {
        if (!may(permission)) {
            throw new NotAllowedException(permission);
        }
    }

    /** Refuses unless the role allows whole records and this client is one of the person's (or they reach all). */
    default void requireRecord(DSLContext dsl, long clientId) {
        require(Permission.CLIENT_RECORD);
        if (!reaches(dsl, clientId)) {
            throw NotAllowedException.outsideCaseload();
        }
    }

    /** {@link #requireRecord} for an action that also needs another permission, e.g. journey work. */
    default void requireRecord(DSLContext dsl, long clientId, Permission also) {
        require(also);
        requireRecord(dsl, clientId);
    }

    /** Every permission, under a fixed name: for tests and for jobs no person started (e.g. loading the sample). */
    static Access everything(String actor) {
        return only(actor, Permission.values());
    }

    /** A trusted job that may do these things only, for every client (e.g. exporting the catalog headless). */
    static Access only(String actor, Permission... permissions) {
        Set<Permission> allowed = permissions.length == 0 ? EnumSet.noneOf(Permission.class)
                : EnumSet.of(permissions[0], permissions);
        return new Access() {
            @Override
            public String actor() {
                return actor;
            }

            @Override
            public Optional<Long> staffId() {
                return Optional.empty();
            }

            @Override
            public boolean may(Permission permission) {
                return allowed.contains(permission);
            }

            @Override
            public Optional<Set<Long>> caseload(DSLContext dsl) {
                return Optional.empty();
            }

            @Override
            public boolean reaches(DSLContext dsl, long clientId) {
                return true;
            }
        };
    }
}
