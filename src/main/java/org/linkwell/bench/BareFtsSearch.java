package org.linkwell.bench;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.linkwell.core.Database;

/**
 * The FTS5 index queried directly through JDBC: the floor that ClientService.search is measured
 * against. SQL outside a repository is acceptable here because measuring it is the point.
 */
final class BareFtsSearch {
    static final String SQL = "SELECT rowid FROM client_search WHERE client_search MATCH ? ORDER BY rank LIMIT 50";

    private final Database database;

    BareFtsSearch(Database database) {
        this.database = database;
    }

    /** Client ids for an already safe FTS5 match expression (see SearchQuery.toMatch). */
    List<Long> ids(String match) {
        return database.read(dsl -> dsl.connectionResult(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(SQL)) {
                statement.setString(1, match);
                List<Long> ids = new ArrayList<>();
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        ids.add(rows.getLong(1));
                    }
                }
                return ids;
            }
        }));
    }
}
