package org.linkwell.referrals;

import java.util.Locale;

/** Why a prescriber refers a client to social prescribing. */
public enum ReferralReason {
    LONELINESS, LOW_MOOD_ANXIETY, PHYSICAL_ACTIVITY, CHRONIC_CONDITION, FOOD_INSECURITY, HOUSING, INCOME,
    CAREGIVER_STRESS, BEREAVEMENT, NEWCOMER_SETTLEMENT, OTHER;

    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static ReferralReason fromCode(String code) {
        return valueOf(code.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
    }

    public String messageKey() {
        return "referralReason." + code();
    }
}
