package org.linkwell.clients;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.linkwell.core.ValidationException;
import org.linkwell.core.ValidationException.FieldError;

/** Checks a client before it is saved and puts phone and postal code into one standard form. */
public final class ClientRules {
    /** Canadian postal codes never use D, F, I, O, Q or U, nor W or Z as the first letter. */
    private static final Pattern POSTAL_CODE = Pattern.compile("[ABCEGHJ-NPRSTVXY]\\d[ABCEGHJ-NPRSTV-Z] ?\\d[ABCEGHJ-NPRSTV-Z]\\d");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern EXTENSION = Pattern.compile("(?i)\\s*(ext\\.?|x|poste)\\s*(\\d{1,6})\\s*$");
    private static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);

    private ClientRules() {
    }

    /** Returns the client with normalised fields, or throws with every problem found. */
    public static Client check(Client client, LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        Client.Identity id = client.identity();
        Client.Contact contact = client.contact();
        if (id.givenName().isBlank()) {
            errors.add(new FieldError("givenName", "validation.required"));
        }
        if (id.familyName().isBlank()) {
            errors.add(new FieldError("familyName", "validation.required"));
        }
        id.dateOfBirth().ifPresent(dob -> {
            if (dob.isAfter(today)) {
                errors.add(new FieldError("dateOfBirth", "validation.dateOfBirth.future"));
            } else if (dob.isBefore(EARLIEST_BIRTH)) {
                errors.add(new FieldError("dateOfBirth", "validation.dateOfBirth.tooOld"));
            }
        });
        if (id.language() == Language.OTHER && id.languageOther().isBlank()) {
            errors.add(new FieldError("languageOther", "validation.languageOther.required"));
        }
        Optional<String> postal = postalCode(contact.postalCode());
        if (!contact.postalCode().isBlank() && postal.isEmpty()) {
            errors.add(new FieldError("postalCode", "validation.postalCode"));
        }
        Optional<String> phone = phone(contact.phone());
        if (!contact.phone().isBlank() && phone.isEmpty()) {
            errors.add(new FieldError("phone", "validation.phone"));
        }
        if (!contact.email().isBlank() && !EMAIL.matcher(contact.email().trim()).matches()) {
            errors.add(new FieldError("email", "validation.email"));
        }
        Client.Consent consent = client.consent();
        consent.on().filter(on -> on.isAfter(today))
                .ifPresent(on -> errors.add(new FieldError("consentOn", "validation.date.future")));
        if (consent.given() && consent.method().isEmpty()) {
            errors.add(new FieldError("consentMethod", "validation.consentMethod.required"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        Client.Identity cleanId = new Client.Identity(id.chartNumber().trim(), id.givenName().trim(),
                id.familyName().trim(), id.preferredName().trim(), id.pronouns().trim(), id.dateOfBirth(),
                id.gender().trim(), id.language(), id.language() == Language.OTHER ? id.languageOther().trim() : "");
        Client.Contact cleanContact = new Client.Contact(phone.orElse(""), contact.email().trim(),
                contact.street().trim(), contact.city().trim(), contact.province().trim().toUpperCase(Locale.ROOT),
                postal.orElse(""), contact.mayPhone(), contact.mayText(), contact.mayEmail(), contact.mayLeaveMessage());
        return new Client(client.id(), client.version(), cleanId, cleanContact, client.consent(), client.strengths(),
                client.needs(), client.barriers(), client.equity(), client.closure());
    }

    /** "k1a0b1" becomes "K1A 0B1"; anything that is not a Canadian postal code is empty. */
    public static Optional<String> postalCode(String text) {
        String compact = text.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
        if (!POSTAL_CODE.matcher(compact).matches()) {
            return Optional.empty();
        }
        return Optional.of(compact.substring(0, 3) + " " + compact.substring(3));
    }

    /** North American numbers become "613-555-0123" (with " ext. 12" kept); others are empty. */
    public static Optional<String> phone(String text) {
        String extension = "";
        String number = text.trim();
        var ext = EXTENSION.matcher(number);
        if (ext.find()) {
            extension = " ext. " + ext.group(2);
            number = number.substring(0, ext.start());
        }
        String digits = number.replaceAll("\\D", "");
        if (digits.length() == 11 && digits.startsWith("1")) {
            digits = digits.substring(1);
        }
        if (digits.length() != 10 || !number.matches("[\\d\\s().+-]+")) {
            return Optional.empty();
        }
        return Optional.of(digits.substring(0, 3) + "-" + digits.substring(3, 6) + "-" + digits.substring(6) + extension);
    }

    /** "Tai chi & Qi gong" becomes "tai-chi-qi-gong": a stable code made from a label. */
    public static String slug(String label) {
        String slug = java.text.Normalizer.normalize(label.strip(), java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        return slug.isEmpty() ? "interest" : slug;
    }

    /** Case- and accent-free form of a name, for duplicate checks. */
    public static String fold(String text) {
        return java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }
}
