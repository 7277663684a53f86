package org.linkwell.core;

import java.util.List;

/** A user action was refused because of what the user entered; each problem names its field. */
public class ValidationException extends RuntimeException {
    private final List<FieldError> errors;

    public ValidationException(List<FieldError> errors) {
        super("invalid input in fields " + errors.stream().map(FieldError::field).toList());
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }

    /** field: a stable field name; messageKey: a key in the message bundles; args: values for it. */
    public record FieldError(String field, String messageKey, Object... args) {
    }
}
