package org.linkwell.reports;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Optional;
import org.jooq.ResultQuery;
import org.jooq.exception.DataAccessException;

/**
 * Streams the rows of a query built with jOOQ straight off its JDBC result set, column by position. Reports read
 * hundreds of thousands of rows, and turning each into a jOOQ record (with a converter per date column) cost more
 * than SQLite took to find them.
 */
final class ResultRows {
    static final int FETCH_SIZE = 2_000;

    /** Reads the current row of the result set (columns numbered from 1, in the order selected). */
    interface Reader {
        void read(ResultSet row) throws SQLException;
    }

    private ResultRows() {
    }

    static void each(ResultQuery<?> query, Reader reader) {
        try (ResultSet rows = query.fetchSize(FETCH_SIZE).fetchResultSet()) {
            while (rows.next()) {
                reader.read(rows);
            }
        } catch (SQLException e) {
            throw new DataAccessException("cannot read the report's rows", e);
        }
    }

    /** A nullable INTEGER column. */
    static Optional<Long> id(ResultSet row, int column) throws SQLException {
        long value = row.getLong(column);
        return row.wasNull() ? Optional.empty() : Optional.of(value);
    }

    /** A nullable date column, stored as ISO text (yyyy-mm-dd). */
    static Optional<LocalDate> day(ResultSet row, int column) throws SQLException {
        return Optional.ofNullable(day(row.getString(column)));
    }

    /** ISO yyyy-mm-dd read digit by digit: LocalDate.parse's formatter costs more than the rest of a row. */
    static LocalDate day(String text) {
        if (text == null) {
            return null;
        }
        if (text.length() == 10 && text.charAt(4) == '-' && text.charAt(7) == '-') {
            int year = digits(text, 0, 4);
            int month = digits(text, 5, 7);
            int day = digits(text, 8, 10);
            if (year >= 0 && month >= 0 && day >= 0) {
                return LocalDate.of(year, month, day);
            }
        }
        return LocalDate.parse(text);
    }

    /** The number written in text[from, to), or -1 if anything there is not a digit. */
    private static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
