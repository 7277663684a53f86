package org.linkwell.reports;

import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Clients whose whole record is withheld (their lockbox): still counted in every figure, as they were served, but
 * never itemised in the Data sheet. Asked once per export.
 */
@FunctionalInterface
public interface WithheldRecords extends Supplier<Set<Long>> {
    WithheldRecords NONE = Set::of;

    /** The data rows of everyone else. */
    static Consumer<ReportFacts.DataRow> skipping(Set<Long> withheld, Consumer<ReportFacts.DataRow> each) {
        return withheld.isEmpty() ? each : row -> {
            if (!withheld.contains(row.clientId())) {
                each.accept(row);
            }
        };
    }
}
