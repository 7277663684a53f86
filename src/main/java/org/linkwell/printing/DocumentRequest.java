package org.linkwell.printing;

import java.util.Optional;
import java.util.Set;

/**
 * Which document to make. The letter may name its referral (else the latest closed one); the partner note its
 * social prescription (else the first active one with a partner organisation) and what the client agreed to share.
 */
public record DocumentRequest(DocumentKind kind, Optional<Long> referralId, Optional<Long> prescriptionId,
                              Set<ShareItem> shared) {

    public DocumentRequest {
        shared = Set.copyOf(shared);
    }

    public static DocumentRequest of(DocumentKind kind) {
        return new DocumentRequest(kind, Optional.empty(), Optional.empty(), Set.of());
    }

    public static DocumentRequest letter(long referralId) {
        return new DocumentRequest(DocumentKind.PRESCRIBER_LETTER, Optional.of(referralId), Optional.empty(), Set.of());
    }

    public static DocumentRequest partnerNote(long prescriptionId, Set<ShareItem> shared) {
        return new DocumentRequest(DocumentKind.PARTNER_NOTE, Optional.empty(), Optional.of(prescriptionId), shared);
    }
}
