package org.linkwell.security;

import static org.linkwell.core.Permission.ADMINISTRATION;
import static org.linkwell.core.Permission.ALL_CLIENTS;
import static org.linkwell.core.Permission.AUDIT_VIEW;
import static org.linkwell.core.Permission.CATALOG_EDIT;
import static org.linkwell.core.Permission.CATALOG_READ;
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
 * Each role's permissions, in one table so it can be read and reviewed at a glance. The services check these
 * before every action (the screens only hide what a role cannot do; they are not the guard).
 * <ul>
 * <li>Reception: find clients, see and change their identity and contact details, see their appointment dates.
 * No notes, no surveys, no needs, barriers or equity answers, no journey.</li>
 * <li>Prescriber: write referrals and follow their progress; the whole record of the clients they referred
 * (read only), contact details of the others.</li>
 * <li>Navigator: their caseload (clients with a referral assigned to them, plus the unassigned queue to pick up)
 * with the whole record, journey work and surveys; the catalog, which they keep up to date. Other clients: contact
 * details only.</li>
 * <li>Manager: reports, the audit viewer and every client's whole record.</li>
 * <li>Administrator: logins and settings, and (being the person who set the CHC up) every record.</li>
 * </ul>
 * Everyone reads the program catalog.
 */
public final class Roles {
    private static final Map<Role, Set<Permission>> PERMISSIONS = Map.of(
            Role.RECEPTION, EnumSet.of(CLIENT_CONTACT, CATALOG_READ),
            Role.PRESCRIBER, EnumSet.of(CLIENT_CONTACT, CLIENT_RECORD, REFERRAL_CREATE, CATALOG_READ),
            Role.NAVIGATOR, EnumSet.of(CLIENT_CONTACT, CLIENT_RECORD, REFERRAL_CREATE, JOURNEY_WORK, SURVEYS,
                    CATALOG_READ, CATALOG_EDIT),
            Role.MANAGER, EnumSet.of(CLIENT_CONTACT, CLIENT_RECORD, ALL_CLIENTS, REFERRAL_CREATE, JOURNEY_WORK, SURVEYS,
                    CATALOG_READ, CATALOG_EDIT, REPORTS, AUDIT_VIEW),
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
