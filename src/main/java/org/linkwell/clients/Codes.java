package org.linkwell.clients;

import java.util.Locale;

/** Stable lower-case, hyphenated codes for enums stored in the database: FOOD_SECURITY = food-security. */
final class Codes {
    private Codes() {
    }

    static String of(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static <E extends Enum<E>> E parse(Class<E> type, String code) {
        return Enum.valueOf(type, code.toUpperCase(Locale.ROOT).replace('-', '_'));
    }
}
