package org.linkwell.reports.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.linkwell.core.Messages;
import org.linkwell.reports.ReportPeriod;

/** A choice in the period list: a fiscal quarter, a fiscal year, or "other dates" (no period). */
record PeriodPreset(String label, Optional<ReportPeriod> period) {

    @Override
    public String toString() {
        return label;
    }

    /** The quarters of this fiscal year and the last, newest first, then both fiscal years, then other dates. */
    static List<PeriodPreset> around(LocalDate today, Messages messages) {
        int thisYear = ReportPeriod.fiscalYearOf(today);
        List<PeriodPreset> presets = new ArrayList<>();
        for (int year = thisYear; year >= thisYear - 1; year--) {
            for (int quarter = 4; quarter >= 1; quarter--) {
                ReportPeriod period = ReportPeriod.fiscalQuarter(year, quarter);
                if (!period.from().isAfter(today)) {
                    presets.add(new PeriodPreset(messages.get("report.ui.preset.quarter", ReportPeriod.fiscalYearName(year),
                            quarter, messages.date(period.from()), messages.date(period.to())), Optional.of(period)));
                }
            }
        }
        for (int year = thisYear; year >= thisYear - 1; year--) {
            presets.add(new PeriodPreset(messages.get("report.ui.preset.year", ReportPeriod.fiscalYearName(year)),
                    Optional.of(ReportPeriod.fiscalYear(year))));
        }
        presets.add(new PeriodPreset(messages.get("report.ui.preset.custom"), Optional.empty()));
        return presets;
    }

    /** The last quarter that has ended: what a manager usually reports on. */
    static PeriodPreset lastEnded(List<PeriodPreset> presets, LocalDate today) {
        return presets.stream().filter(p -> p.period().map(r -> r.to().isBefore(today)).orElse(false)).findFirst()
                .orElse(presets.get(0));
    }
}
