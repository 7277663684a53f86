package org.linkwell.core;

import static org.linkwell.db.Tables.SETTING;

import java.time.Clock;
import java.util.Optional;
import org.jooq.DSLContext;

/** Small key/value preferences kept in the data file, so they travel with it. */
public final class SettingsStore {
    public static final String LANGUAGE = "ui.language";
    /** Set once the first-start offer of sample data has been made, so it is never repeated. */
    public static final String SAMPLE_OFFERED = "sample.offered";
    /** Until sign-in exists: which navigator uses this desktop, for "my clients" on the dashboard. */
    public static final String CURRENT_NAVIGATOR = "ui.navigator";
    /** Our CHC's name, as exports show it (the organisation that runs our own programs). */
    public static final String CHC_NAME = "chc.name";
    /** Set, with the moment, when the sample journeys were loaded, so they are never loaded twice. */
    public static final String SAMPLE_JOURNEYS_LOADED = "sample.journeys.loaded";

    private final Database database;
    private final Clock clock;

    public SettingsStore(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    public Optional<String> get(String key) {
        return database.read(dsl -> get(dsl, key));
    }

    /** The same, inside a caller's transaction. */
    public Optional<String> get(DSLContext dsl, String key) {
        return dsl.select(SETTING.VALUE).from(SETTING).where(SETTING.KEY.eq(key)).fetchOptional(SETTING.VALUE);
    }

    public void put(String key, String value) {
        database.run(tx -> put(tx, key, value));
    }

    /** The same, inside a caller's transaction, so a setting can be saved with the work it records. */
    public void put(DSLContext tx, String key, String value) {
        tx.insertInto(SETTING)
                .set(SETTING.KEY, key).set(SETTING.VALUE, value).set(SETTING.UPDATED_AT, clock.instant())
                .onConflict(SETTING.KEY).doUpdate()
                .set(SETTING.VALUE, value).set(SETTING.UPDATED_AT, clock.instant())
                .execute();
    }
}
