package org.linkwell.lockbox;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.jooq.DSLContext;
import org.linkwell.core.Access;
import org.linkwell.core.Permission;

/** People at the desk for the lockbox tests: a name the audit log records, a staff id and what their role allows. */
final class Viewers {
    private Viewers() {
    }

    static Access staff(String actor, long staffId, Permission... permissions) {
        Set<Permission> allowed = permissions.length == 0 ? EnumSet.allOf(Permission.class)
                : EnumSet.of(permissions[0], permissions);
        return new Access() {
            @Override
            public String actor() {
                return actor;
            }

            @Override
            public Optional<Long> staffId() {
                return Optional.of(staffId);
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
