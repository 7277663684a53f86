package org.linkwell.printing;

import java.util.Locale;

/** The documents Linkwell prints about a client. */
public enum DocumentKind {
    CLIENT_COPY, CHART_COPY, PRESCRIBER_LETTER, PARTNER_NOTE, EMR_TEXT;

    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static DocumentKind fromCode(String code) {
        return valueOf(code.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
    }

    public String messageKey() {
        return "printing.kind." + code();
    }
}
