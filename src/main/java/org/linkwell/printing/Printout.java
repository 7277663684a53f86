package org.linkwell.printing;

import java.util.Optional;

/**
 * A made document: the PDF that is previewed, saved and printed (empty for the EMR text), and its plain text.
 * {@code sharedWith} names the partner organisation a partner note discloses to, for the audit log.
 */
public record Printout(DocumentKind kind, long clientId, String title, String fileName, byte[] pdf, String text,
                       Optional<Long> sharedWith) {

    public boolean hasPdf() {
        return pdf.length > 0;
    }
}
