package org.linkwell.security;

import static org.linkwell.core.Permission.ADMINISTRATION;
import static org.linkwell.core.Permission.AUDIT_VIEW;
import static org.linkwell.core.Permission.CATALOG_EDIT;
import static org.linkwell.core.Permission.CLIENT_CONTACT;
import static org.linkwell.core.Permission.CLIENT_RECORD;
import static org.linkwell.core.Permission.JOURNEY_WORK;
import static org.linkwell.core.Permission.REFERRAL_CREATE;
import static org.linkwell.core.Permission.REPORTS;
import static org.linkwell.core.Permission.SURVEYS;

import java.util.EnumSet;
import org.linkwell.core.Permission;
import java.util.Map;
import java.util.Set;
import org.linkwell.referrals.StaffMember.Role;

/**
 * Each role's permissions, in one table so it can be read and reviewed at a glance. Reception: contact
 * details only (no notes, no surveys). Prescribers: write referrals and follow their progress. Navigators:
 * their caseload and the catalog. Managers: reports, the audit viewer and all records. Administrators:
 * logins and settings (and, being the person who set the CHC up, all records).
 */
public final class Roles {
    private static final Map<Role, Set<Permission>> PERMISSIONS = Map.of(
            Role.RECEPTION, EnumSet.of(CLIENT_CONTACT),
            Role.PRESCRIBER, EnumSet.of(CLIENT_CONTACT, CLIENT_RECORD, REFERRAL_CREATE),
            Role.NAVIGATOR, EnumSet.of(CLIENT_CONTACT, CLIENT_RECORD, REFERRAL_CREATE, JOURNEY_WORK, SURVEYS,
                    CATALOG_EDIT),
            Role.MANAGER, EnumSet.of(CLIENT_CONTACT, CLIENT_RECORD, REFERRAL_CREATE, JOURNEY_WORK, SURVEYS,
                    CATALOG_EDIT, REPORTS, AUDIT_VIEW),
            Role.ADMINISTRATOR, EnumSet.allOf(Permission.class));

    private Roles() {
    }

    public static Set<Permission> of(Role role) {
        return Set.copyOf(PERMISSIONS.get(role));
    }

    public static boolean allows(Role role, Permission permission) {
        return PERMISSIONS.get(role).contains(permission);
    }
}
