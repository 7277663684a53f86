package org.linkwell.core;

import java.util.Optional;

/**
 * Who is acting now and what their role allows: what services check before they read or change a client's
 * record, and whom the audit log names. The signed-in session is the one real implementation; tests and
 * trusted set-up jobs use {@link #everything(String)}.
 */
public interface Access {

    /** The name the audit log records for what is done now. */
    String actor();

    /** The staff member acting, when a person is signed in. */
    Optional<Long> staffId();

    boolean may(Permission permission);

    /** Refuses the action unless the acting person's role allows it. */
    default void require(Permission permission) {
        if (!may(permission)) {
            throw new NotAllowedException(permission);
        }
    }

    /** Every permission, under a fixed name: for tests and for jobs no person started (e.g. loading the sample). */
    static Access everything(String actor) {
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
                return true;
            }
        };
    }
}
