package org.linkwell.clients;

import java.time.LocalDate;
import java.util.Optional;

/** One row of the client list: enough to recognise a person, nothing more. */
public record ClientSummary(long id, String chartNumber, String givenName, String familyName, String preferredName,
                            Optional<LocalDate> dateOfBirth, String phone, boolean closed) {

    public String displayName() {
        String name = familyName + ", " + givenName;
        return preferredName.isBlank() || preferredName.equals(givenName) ? name : name + " (" + preferredName + ")";
    }
}
