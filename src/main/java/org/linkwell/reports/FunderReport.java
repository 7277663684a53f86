package org.linkwell.reports;

import java.time.Instant;
import java.util.List;

/**
 * A funder report ready to read: every sheet's tables, suppression applied, labels in the chosen
 * language. The workbook and the Reports page both render this one object.
 */
public record FunderReport(ReportPeriod period, String chcName, Instant madeAt, String version,
                           Suppression suppression, List<ReportTable> summary, ReportTable trend,
                           List<ReportTable> demographics, List<ReportTable> outcomes, List<ReportTable> programs,
                           List<Definition> definitions) {

    /** A figure's name and how it is counted. */
    public record Definition(String figure, String meaning) {
    }

    public ReportTable table(String id) {
        return java.util.stream.Stream.of(summary, List.of(trend), demographics, outcomes, programs)
                .flatMap(List::stream).filter(t -> t.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no table " + id));
    }
}
