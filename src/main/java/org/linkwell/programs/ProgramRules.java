package org.linkwell.programs;

import java.util.ArrayList;
import java.util.List;
import org.linkwell.clients.ClientRules;
import org.linkwell.core.ValidationException;
import org.linkwell.core.ValidationException.FieldError;

/** Checks a program or organisation before it is saved; every problem names its field. */
public final class ProgramRules {
    private ProgramRules() {
    }

    public static List<FieldError> problems(Program p) {
        List<FieldError> errors = new ArrayList<>();
        if (p.name().isBlank()) {
            errors.add(new FieldError("name", "validation.required"));
        }
        p.eligibility().minAge().ifPresent(age -> checkAge("minAge", age, errors));
        p.eligibility().maxAge().ifPresent(age -> checkAge("maxAge", age, errors));
        if (p.eligibility().minAge().isPresent() && p.eligibility().maxAge().isPresent()
                && p.eligibility().minAge().getAsInt() > p.eligibility().maxAge().getAsInt()) {
            errors.add(new FieldError("maxAge", "validation.program.ageRange"));
        }
        if (p.cost().kind() == CostKind.FEE && p.cost().cents().isEmpty()) {
            errors.add(new FieldError("cost", "validation.program.feeAmount"));
        }
        if (p.cost().cents().isPresent() && p.cost().cents().getAsInt() < 0) {
            errors.add(new FieldError("cost", "validation.program.feeAmount"));
        }
        if (p.capacity().places().isPresent() && p.capacity().places().getAsInt() < 1) {
            errors.add(new FieldError("capacity", "validation.program.capacity"));
        }
        if (!p.location().postalCode().isBlank() && ClientRules.postalCode(p.location().postalCode()).isEmpty()) {
            errors.add(new FieldError("postalCode", "validation.postalCode"));
        }
        if (!p.contact().phone().isBlank() && ClientRules.phone(p.contact().phone()).isEmpty()) {
            errors.add(new FieldError("contactPhone", "validation.phone"));
        }
        if (p.languages().isEmpty()) {
            errors.add(new FieldError("languages", "validation.program.language"));
        }
        return errors;
    }

    public static List<FieldError> problems(PartnerOrganization o) {
        List<FieldError> errors = new ArrayList<>();
        if (o.name().isBlank()) {
            errors.add(new FieldError("name", "validation.required"));
        }
        if (!o.postalCode().isBlank() && ClientRules.postalCode(o.postalCode()).isEmpty()) {
            errors.add(new FieldError("postalCode", "validation.postalCode"));
        }
        if (!o.phone().isBlank() && ClientRules.phone(o.phone()).isEmpty()) {
            errors.add(new FieldError("phone", "validation.phone"));
        }
        return errors;
    }

    static void require(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    private static void checkAge(String field, int age, List<FieldError> errors) {
        if (age < 0 || age > 120) {
            errors.add(new FieldError(field, "validation.program.age"));
        }
    }
}
