package org.linkwell.referrals;

import java.util.Locale;
import java.util.Optional;

/** A prescriber, navigator or other staff member (a record; sign-in comes with accounts later). */
public record StaffMember(long id, int version, String name, Role role, Optional<Discipline> discipline,
                          String phone, String email, boolean active) {

    public enum Role { PRESCRIBER, NAVIGATOR, MANAGER, RECEPTION, ADMINISTRATOR;
        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public enum Discipline { FAMILY_PHYSICIAN, NURSE_PRACTITIONER, NURSE, SOCIAL_WORKER, DIETITIAN, OTHER_PROVIDER,
        EXTERNAL_AGENCY;
        public String code() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        public static Discipline fromCode(String code) {
            return valueOf(code.toUpperCase(Locale.ROOT).replace('-', '_'));
        }
    }

    public static StaffMember of(String name, Role role, Optional<Discipline> discipline) {
        return new StaffMember(0, 0, name, role, discipline, "", "", true);
    }
}
