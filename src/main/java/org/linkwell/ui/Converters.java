package org.linkwell.ui;

import java.util.function.Function;
import javafx.util.StringConverter;

/** Converters for choice controls, shared by every screen. */
public final class Converters {
    private Converters() {
    }

    /** A one-way converter for choice boxes and combo boxes: the value's name (empty for none). */
    public static <T> StringConverter<T> named(Function<T, String> name) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : name.apply(value);
            }

            @Override
            public T fromString(String text) {
                return null;
            }
        };
    }
}
