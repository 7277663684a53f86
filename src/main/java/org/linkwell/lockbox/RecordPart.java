package org.linkwell.lockbox;

import java.util.Locale;

/**
 * The parts of a client's record a lockbox directive can withhold. Notes are every free text written about the
 * client's journey: encounter notes, prescription notes, referral reasons and hopes, status reasons.
 */
public enum RecordPart {
    NOTES, SURVEYS, EQUITY, WHOLE_RECORD;

    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static RecordPart fromCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT).replace('-', '_'));
    }

    public String messageKey() {
        return "lockbox.part." + code();
    }
}
