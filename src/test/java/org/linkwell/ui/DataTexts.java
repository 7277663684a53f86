package org.linkwell.ui;

import java.util.HashSet;
import java.util.Set;
import org.jooq.Field;
import org.jooq.Table;
import org.linkwell.core.Database;

/** Every text value stored in the data file: what people typed or imported, shown in its own language. */
final class DataTexts {
    private DataTexts() {
    }

    static Set<String> all(Database database) {
        return database.read(dsl -> {
            Set<String> values = new HashSet<>();
            for (Table<?> table : org.linkwell.db.DefaultSchema.DEFAULT_SCHEMA.getTables()) {
                if (table.getName().equals("audit_event")) {
                    continue;
                }
                for (Field<?> field : table.fields()) {
                    if (field.getType() == String.class) {
                        dsl.selectDistinct(field).from(table).fetch(0, Object.class).stream()
                                .filter(value -> value instanceof String text && !text.startsWith("{") && !text.startsWith("["))
                                .forEach(value -> values.add((String) value));
                    }
                }
            }
            return values;
        });
    }
}
