package org.linkwell.referrals.ui;

import java.util.function.Function;
import javafx.util.StringConverter;

/** Small helpers shared by the journey's dialogs. */
final class JourneyTexts {
    private JourneyTexts() {
    }

    static <T> StringConverter<T> named(Function<T, String> name) {
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
