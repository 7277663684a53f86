package org.linkwell.surveys;

import static org.linkwell.db.Tables.INSTRUMENT;

import java.time.Instant;
import java.util.List;
import org.jooq.DSLContext;

/** The only code that speaks SQL about the instrument definitions a CHC loaded into its data file. */
public final class InstrumentRepository {

    /** One stored definition file: its id, version and JSON text. */
    public record Stored(String id, int version, String json) {
    }

    public void insert(DSLContext tx, String id, int version, String json, Instant now) {
        tx.insertInto(INSTRUMENT).set(INSTRUMENT.CODE, id).set(INSTRUMENT.INSTRUMENT_VERSION, version)
                .set(INSTRUMENT.DEFINITION, json).set(INSTRUMENT.CREATED_AT, now).set(INSTRUMENT.UPDATED_AT, now)
                .execute();
    }

    public boolean exists(DSLContext dsl, String id, int version) {
        return dsl.fetchExists(INSTRUMENT, INSTRUMENT.CODE.eq(id).and(INSTRUMENT.INSTRUMENT_VERSION.eq(version)));
    }

    public List<Stored> all(DSLContext dsl) {
        return dsl.select(INSTRUMENT.CODE, INSTRUMENT.INSTRUMENT_VERSION, INSTRUMENT.DEFINITION).from(INSTRUMENT)
                .orderBy(INSTRUMENT.CODE, INSTRUMENT.INSTRUMENT_VERSION)
                .fetch(r -> new Stored(r.value1(), r.value2(), r.value3()));
    }
}
