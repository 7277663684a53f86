package org.linkwell.surveys.ui;

import java.util.function.Function;
import javafx.util.StringConverter;

/** Small helpers for the survey screens' controls. */
final class SurveyControls {
    static final String STYLESHEET = SurveyControls.class.getResource("/org/linkwell/surveys/ui/surveys.css")
            .toExternalForm();

    private SurveyControls() {
    }

    /** A one-way converter for choice boxes: the value's name. */
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
