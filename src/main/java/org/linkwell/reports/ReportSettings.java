package org.linkwell.reports;

import java.util.Optional;
import org.linkwell.core.SettingsStore;

/** The reports' one setting, kept in the data file's settings: the small-cell suppression threshold. */
public final class ReportSettings {
    public static final String SUPPRESSION_THRESHOLD = "report.suppression.threshold";

    private final SettingsStore settings;

    public ReportSettings(SettingsStore settings) {
        this.settings = settings;
    }

    /** The saved threshold, or the default of 5 when none (or a broken one) is saved. */
    public Suppression suppression() {
        return settings.get(SUPPRESSION_THRESHOLD).flatMap(ReportSettings::parse).map(Suppression::new)
                .orElse(new Suppression(Suppression.DEFAULT_THRESHOLD));
    }

    public void saveThreshold(int threshold) {
        Suppression checked = new Suppression(threshold);
        settings.put(SUPPRESSION_THRESHOLD, Integer.toString(checked.threshold()));
    }

    private static Optional<Integer> parse(String text) {
        try {
            int value = Integer.parseInt(text.strip());
            return value >= Suppression.MIN_THRESHOLD && value <= Suppression.MAX_THRESHOLD ? Optional.of(value)
                    : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
