package org.linkwell.lockbox;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * What of one client's record is hidden from one viewer now. {@code glassOpenUntil} is set while the viewer has
 * broken the glass for this client: then nothing is hidden, and every view is flagged in the audit log.
 */
public record Withheld(Set<RecordPart> parts, Optional<Instant> glassOpenUntil) {
    public static final Withheld NOTHING = new Withheld(Set.of(), Optional.empty());

    public Withheld {
        parts = Set.copyOf(parts);
    }

    /** True when this part is hidden, by its own directive or by one on the whole record. */
    public boolean hides(RecordPart part) {
        return parts.contains(part) || parts.contains(RecordPart.WHOLE_RECORD);
    }

    public boolean wholeRecord() {
        return parts.contains(RecordPart.WHOLE_RECORD);
    }

    public boolean notes() {
        return hides(RecordPart.NOTES);
    }

    public boolean surveys() {
        return hides(RecordPart.SURVEYS);
    }

    public boolean equity() {
        return hides(RecordPart.EQUITY);
    }

    public boolean anything() {
        return !parts.isEmpty();
    }
}
