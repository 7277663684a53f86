package org.linkwell.referrals;

import java.time.LocalDate;
import java.util.List;

/** A client who volunteers as a Health Champion, co-creating or leading programs. Absent text is "". */
public record HealthChampion(long clientId, int version, LocalDate since, boolean trainingDone, String trainingNote,
                             boolean active, List<ProgramRole> programs, int volunteerMinutes) {
    public HealthChampion {
        programs = List.copyOf(programs);
    }

    public enum Role { CO_CREATES, LEADS;
        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }

        public static Role fromCode(String code) {
            return valueOf(code.toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
        }
    }

    public record ProgramRole(long programId, Role role) {
    }

    public double volunteerHours() {
        return volunteerMinutes / 60.0;
    }
}
