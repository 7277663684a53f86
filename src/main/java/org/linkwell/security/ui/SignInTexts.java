package org.linkwell.security.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.stream.Collectors;
import org.linkwell.core.Messages;
import org.linkwell.core.ValidationException;
import org.linkwell.security.SignInResult;

/** The words for a refused sign-in or a refused new login. */
final class SignInTexts {
    private SignInTexts() {
    }

    static String explain(Messages messages, SignInResult result) {
        return switch (result.outcome()) {
            case SIGNED_IN -> "";
            case WRONG_NAME_OR_PASSWORD -> messages.get("signin.wrong", result.attemptsLeft());
            case LOCKED -> messages.get("signin.locked", result.lockedUntil().map(until ->
                    DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(messages.locale())
                            .format(until.atZone(ZoneId.systemDefault()))).orElse(""));
            case INACTIVE -> messages.get("signin.inactive");
        };
    }

    static String explain(Messages messages, ValidationException invalid) {
        return invalid.errors().stream()
                .map(error -> messages.get("signin.fieldProblem", messages.get("signin.field." + error.field()),
                        messages.get(error.messageKey(), error.args())))
                .collect(Collectors.joining("\n"));
    }
}
