package org.newsdesk.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** How Java values are kept in columns that read back the same on both backends. */
final class Columns {
    private Columns() {}

    /** Times are kept to the millisecond, as epoch milliseconds. */
    static long millis(Instant time) {
        return time.toEpochMilli();
    }

    static @Nullable Long millisOrNull(@Nullable Instant time) {
        return time == null ? null : time.toEpochMilli();
    }

    /** The smallest stored time that is not before {@code time}, for exclusive upper bounds. */
    static long millisCeiling(Instant time) {
        long floor = time.toEpochMilli();
        return time.getNano() % 1_000_000 == 0 ? floor : floor + 1;
    }

    static Instant instant(ResultSet row, String column) throws SQLException {
        return Instant.ofEpochMilli(row.getLong(column));
    }

    static @Nullable Instant instantOrNull(ResultSet row, String column) throws SQLException {
        long millis = row.getLong(column);
        return row.wasNull() ? null : Instant.ofEpochMilli(millis);
    }

    static @Nullable Instant instantOrNull(ResultSet row, int column) throws SQLException {
        long millis = row.getLong(column);
        return row.wasNull() ? null : Instant.ofEpochMilli(millis);
    }

    /**
     * Text without NUL characters: PostgreSQL cannot hold them in text, so both backends drop them and agree on
     * what was stored.
     */
    static String text(String value) {
        return value.indexOf('\0') < 0 ? value : value.replace("\0", "");
    }

    static @Nullable String textOrNull(@Nullable String value) {
        return value == null ? null : text(value);
    }
}
