package org.linkwell.core;

import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jooq.Converter;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.TableRecord;
import org.jooq.impl.DSL;

/**
 * Many rows of one table written with one prepared statement, for loads of thousands of records:
 * a statement per row costs jOOQ's rendering and SQLite's prepare every time, far more than the insert.
 * Repositories use it; it speaks SQL only through the jOOQ tables they pass.
 */
public final class BatchInsert {
    /** Rows sent to SQLite at a time. */
    public static final int BATCH_SIZE = 5_000;

    private BatchInsert() {
    }

    /**
     * The first id of a range to give new rows, so that rows referring to them can be batched as well.
     * max(id) + 1 is what SQLite itself would pick, and the caller's write transaction keeps the range its own.
     */
    public static long nextId(DSLContext tx, Table<?> table, Field<Long> id) {
        return tx.select(DSL.coalesce(DSL.max(id), 0L)).from(table).fetchSingle().value1() + 1;
    }

    /** Inserts new records (ids already set), each with the columns that were set on it, in the list's order. */
    public static void records(DSLContext tx, List<? extends TableRecord<?>> records) {
        if (records.isEmpty()) {
            return;
        }
        Table<?> table = records.get(0).getTable();
        Map<List<Field<?>>, List<Object[]>> byColumns = new LinkedHashMap<>();
        for (TableRecord<?> record : records) {
            List<Field<?>> columns = new ArrayList<>();
            for (Field<?> field : record.fields()) {
                if (record.changed(field)) {
                    columns.add(field);
                }
            }
            Object[] values = columns.stream().map(record::get).toArray();
            byColumns.computeIfAbsent(columns, c -> new ArrayList<>()).add(values);
        }
        byColumns.forEach((columns, values) -> rows(tx, table, columns, values));
    }

    /**
     * Inserts rows given as values in the order of {@code columns}. jOOQ renders the statement; the rows are bound
     * through plain JDBC because jOOQ's per-value bind work costs more than SQLite's insert itself.
     */
    public static void rows(DSLContext tx, Table<?> table, List<Field<?>> columns, List<Object[]> values) {
        if (values.isEmpty()) {
            return;
        }
        String sql = tx.insertInto(table).columns(columns).values(Collections.nCopies(columns.size(), null)).getSQL();
        List<Converter<Object, Object>> converters = columns.stream().map(BatchInsert::converter).toList();
        tx.connection(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                for (int from = 0; from < values.size(); from += BATCH_SIZE) {
                    for (Object[] row : values.subList(from, Math.min(values.size(), from + BATCH_SIZE))) {
                        for (int i = 0; i < row.length; i++) {
                            statement.setObject(i + 1, converters.get(i).to(row[i]));
                        }
                        statement.addBatch();
                    }
                    statement.executeBatch();
                }
            }
        });
    }

    /** The column's own user-type to database-type mapping (dates to ISO text and so on). */
    @SuppressWarnings("unchecked")
    private static Converter<Object, Object> converter(Field<?> column) {
        return (Converter<Object, Object>) column.getConverter();
    }
}
