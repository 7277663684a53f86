package org.linkwell.core;

import static org.linkwell.db.Tables.SETTING;

import java.time.Clock;
import java.util.Optional;

/** Small key/value preferences kept in the data file, so they travel with it. */
public final class SettingsStore {
    public static final String LANGUAGE = "ui.language";
    /** Set once the first-start offer of sample data has been made, so it is never repeated. */
    public static final String SAMPLE_OFFERED = "sample.offered";
    /** Until sign-in exists: which navigator uses this desktop, for "my clients" on the dashboard. */
    public static final String CURRENT_NAVIGATOR = "ui.navigator";
    /** Our CHC's name, as exports show it (the organisation that runs our own programs). */
    public static final String CHC_NAME = "chc.name";

    private final Database database;
    private final Clock clock;

    public SettingsStore(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    public Optional<String> get(String key) {
        return database.read(dsl -> dsl.select(SETTING.VALUE).from(SETTING).where(SETTING.KEY.eq(key))
                .fetchOptional(SETTING.VALUE));
    }

    public void put(String key, String value) {
        database.run(tx -> tx.insertInto(SETTING)
                .set(SETTING.KEY, key).set(SETTING.VALUE, value).set(SETTING.UPDATED_AT, clock.instant())
                .onConflict(SETTING.KEY).doUpdate()
                .set(SETTING.VALUE, value).set(SETTING.UPDATED_AT, clock.instant())
                .execute());
    }
}
