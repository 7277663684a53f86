package org.linkwell.core;

import java.time.Instant;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;

/**
 * Optimistic locking, one way for every table that has {@code id}, {@code version}, {@code created_at} and
 * {@code updated_at}: a save goes through only if nobody else saved the record since it was read.
 */
public final class VersionedRows {
    private VersionedRows() {
    }

    /**
     * Writes {@code row}'s values over record {@code id} if it is still at {@code version}; its creation time is
     * kept. Returns the new version, or fails with {@link StaleRecordException} and writes nothing.
     */
    public static <R extends Record> int update(DSLContext tx, Table<R> table, R row, long id, int version,
            Instant now) {
        Field<Long> idField = table.field("id", Long.class);
        Field<Integer> versionField = table.field("version", Integer.class);
        row.set(table.field("updated_at", Instant.class), now);
        row.set(versionField, version + 1);
        row.changed(idField, false);
        row.changed(table.field("created_at"), false);
        int updated = tx.update(table).set(row).where(idField.eq(id).and(versionField.eq(version))).execute();
        if (updated == 0) {
            throw new StaleRecordException(table.getName(), id);
        }
        return version + 1;
    }
}
