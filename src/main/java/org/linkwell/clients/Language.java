package org.linkwell.clients;

import java.util.Locale;

/** The client's preferred language; "other" is named in a separate field. */
public enum Language {
    ENGLISH("en"), FRENCH("fr"), OTHER("other");

    private final String code;

    Language(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Language fromCode(String code) {
        for (Language language : values()) {
            if (language.code.equals(code)) {
                return language;
            }
        }
        throw new IllegalArgumentException("unknown language code " + code);
    }

    public String messageKey() {
        return "language." + code.toLowerCase(Locale.ROOT);
    }
}
