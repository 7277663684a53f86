package org.linkwell.programs;

import java.util.Locale;

/** Stable lower-case, hyphenated codes for enums stored in the database and in files. */
public final class Code {
    private Code() {
    }

    public static String of(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The constant for a code; IllegalArgumentException for an unknown one. */
    public static <E extends Enum<E>> E parse(Class<E> type, String code) {
        return Enum.valueOf(type, code.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
    }
}
