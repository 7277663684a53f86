package org.linkwell.security;

import org.linkwell.core.Permission;

import java.util.Set;
import org.linkwell.referrals.StaffMember;

/** Who is using Linkwell right now, and what their role lets them do. */
public record SignedInUser(long loginId, String username, StaffMember staff) {

    public boolean may(Permission permission) {
        return Roles.allows(staff.role(), permission);
    }

    public Set<Permission> permissions() {
        return Roles.of(staff.role());
    }
}
