package org.linkwell.printing;

import java.util.Locale;

/**
 * What a client may agree to share with a partner organisation, beyond their name and the program.
 * Nothing is shared unless ticked: the minimum is the default.
 */
public enum ShareItem {
    CONTACT_DETAILS, DATE_OF_BIRTH, GOALS, INTERESTS, BARRIERS_SUPPORTS;

    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static ShareItem fromCode(String code) {
        return valueOf(code.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
    }

    public String messageKey() {
        return "printing.share." + code();
    }
}
