package org.linkwell.audit;

import java.util.List;

/** One page of a longer answer: the rows, where they start, and how many there are in all. */
public record AuditPage(List<AuditEntry> rows, int offset, int total) {
    public AuditPage {
        rows = List.copyOf(rows);
    }

    public boolean hasNext() {
        return offset + rows.size() < total;
    }

    public boolean hasPrevious() {
        return offset > 0;
    }
}
