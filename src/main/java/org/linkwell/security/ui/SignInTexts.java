package org.linkwell.security.ui;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Optional;
import java.util.stream.Collectors;
import org.linkwell.core.Messages;
import org.linkwell.core.ValidationException;
import org.linkwell.security.SignInResult;

/** The words for a refused sign-in or a refused new login (no JavaFX here: headless commands use them too). */
public final class SignInTexts {
    private SignInTexts() {
    }

    public static String explain(Messages messages, SignInResult result) {
        return switch (result.outcome()) {
            case SIGNED_IN -> "";
            case WRONG_NAME_OR_PASSWORD -> messages.get("signin.wrong", result.attemptsLeft());
            case LOCKED -> messages.get("signin.locked", lockedUntil(messages, result.lockedUntil()));
            case INACTIVE -> messages.get("signin.inactive");
        };
    }

    public static String explain(Messages messages, ValidationException invalid) {
        return invalid.errors().stream()
                .map(error -> messages.get("signin.fieldProblem", messages.get("signin.field." + error.field()),
                        messages.get(error.messageKey(), error.args())))
                .collect(Collectors.joining("\n"));
    }

    /** The time a locked login opens again, as the person reads times (empty when unknown). */
    static String lockedUntil(Messages messages, Optional<Instant> until) {
        return until.map(time -> DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(messages.locale())
                .format(time.atZone(ZoneId.systemDefault()))).orElse("");
    }
}
