package org.linkwell.referrals;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

/** A prescriber's request that a navigator help a client through social prescribing. Absent text is "". */
public record Referral(long id, int version, long clientId, Optional<Long> prescriberId, Optional<Long> navigatorId,
                       Source source, LocalDate referredOn, Urgency urgency, Set<ReferralReason> reasons,
                       String otherReason, String hopes, boolean consentConfirmed, ReferralStatus status,
                       String statusReason, Optional<LocalDate> firstContactOn) {

    public Referral {
        reasons = Set.copyOf(reasons);
    }

    public enum Source { INTERNAL, EXTERNAL_AGENCY, SELF_REFERRAL;
        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }

        public static Source fromCode(String code) {
            return valueOf(code.toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
        }
    }

    public enum Urgency { ROUTINE, SOON, URGENT;
        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        public static Urgency fromCode(String code) {
            return valueOf(code.toUpperCase(java.util.Locale.ROOT));
        }
    }

    public boolean isNew() {
        return id == 0;
    }

    /** Days from the referral to the first contact with the client, once there was one. */
    public Optional<Long> daysToFirstContact() {
        return firstContactOn.map(contact -> java.time.temporal.ChronoUnit.DAYS.between(referredOn, contact));
    }

    public static Referral draft(long clientId, Optional<Long> prescriberId, LocalDate on, Set<ReferralReason> reasons) {
        return new Referral(0, 0, clientId, prescriberId, Optional.empty(), Source.INTERNAL, on, Urgency.ROUTINE,
                reasons, "", "", true, ReferralStatus.REQUESTED, "", Optional.empty());
    }
}
