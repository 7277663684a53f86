package org.linkwell.security;

import org.linkwell.core.Permission;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.linkwell.referrals.StaffMember.Role;

/** Every role against every permission, written out as the table a privacy officer would review. */
class RolesTest {
    static Stream<Arguments> table() {
        String[] rows = {
            // permission          RECEPTION PRESCRIBER NAVIGATOR MANAGER ADMINISTRATOR
            "CLIENT_CONTACT           yes       yes        yes       yes     yes",
            "CLIENT_RECORD            no        yes        yes       yes     yes",
            "ALL_CLIENTS              no        no         no        yes     yes",
            "REFERRAL_CREATE          no        yes        yes       yes     yes",
            "JOURNEY_WORK             no        no         yes       yes     yes",
            "SURVEYS                  no        no         yes       yes     yes",
            "CATALOG_READ             yes       yes        yes       yes     yes",
            "CATALOG_EDIT             no        no         yes       yes     yes",
            "REPORTS                  no        no         no        yes     yes",
            "AUDIT_VIEW               no        no         no        yes     yes",
            "ADMINISTRATION           no        no         no        no      yes",
        };
        Role[] columns = {Role.RECEPTION, Role.PRESCRIBER, Role.NAVIGATOR, Role.MANAGER, Role.ADMINISTRATOR};
        return Stream.of(rows).flatMap(row -> {
            String[] cells = row.trim().split("\\s+");
            return Stream.of(columns).map(role -> {
                int column = java.util.Arrays.asList(columns).indexOf(role) + 1;
                return Arguments.of(role, Permission.valueOf(cells[0]), cells[column].equals("yes"));
            });
        });
    }

    @ParameterizedTest(name = "{0} {1}: {2}")
    @MethodSource("table")
    void eachRoleHasExactlyItsPermissions(Role role, Permission permission, boolean allowed) {
        assertEquals(allowed, Roles.allows(role, permission));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyPermission")
    void theTableCoversEveryPermission(Permission permission) {
        assertEquals(5, table().filter(args -> args.get()[1] == permission).count());
    }

    static Stream<Permission> everyPermission() {
        return Stream.of(Permission.values());
    }
}
