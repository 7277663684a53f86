package org.linkwell.setup;

import org.linkwell.core.SettingsStore;
import org.linkwell.sampledata.SampleDataService;

/**
 * Whether the first-run guide is due: once per data file, and only while the file holds no clients
 * (an existing file brought to a new computer is already set up).
 */
public final class FirstRun {
    public static final String DONE = "setup.firstRunDone";

    private final SettingsStore settings;
    private final SampleDataService sampleData;

    public FirstRun(SettingsStore settings, SampleDataService sampleData) {
        this.settings = settings;
        this.sampleData = sampleData;
    }

    public boolean isDue() {
        return settings.get(DONE).isEmpty() && sampleData.isDatabaseEmpty();
    }

    /** The guide asks about sample data itself, so the main window must not ask again. */
    public void complete() {
        settings.put(DONE, "yes");
        settings.put(SettingsStore.SAMPLE_OFFERED, "yes");
    }

    /** "Later": the guide comes back at the next start; the sample question stays with the guide. */
    public void postpone() {
        settings.put(SettingsStore.SAMPLE_OFFERED, "yes");
    }
}
