package org.newsdesk.store;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.jspecify.annotations.Nullable;
import org.newsdesk.store.StoreException.Reason;
import org.sqlite.SQLiteException;

/** Turns driver errors from either backend into a {@link StoreException} with the same reason. */
final class Failures {
    private static final int SQLITE_CONSTRAINT_FOREIGNKEY = 787;
    private static final int SQLITE_CONSTRAINT_PRIMARYKEY = 1555;
    private static final int SQLITE_CONSTRAINT_UNIQUE = 2067;
    private static final int SQLITE_CORRUPT = 11;
    private static final int SQLITE_NOTADB = 26;

    private Failures() {}

    /** The store's view of a failure, keeping it whole when it is one already. */
    static StoreException translate(Throwable failure, String doing) {
        if (failure instanceof StoreException known) return known;
        SQLException sql = sqlCause(failure);
        Reason reason = sql == null ? Reason.UNAVAILABLE : reason(sql);
        String detail = sql != null ? sql.getMessage() : String.valueOf(failure.getMessage());
        return new StoreException(reason, "the database failed while " + doing + ": " + detail, failure);
    }

    static @Nullable SQLException sqlCause(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) return sql;
            if (t.getCause() == t) break;
        }
        return null;
    }

    private static Reason reason(SQLException sql) {
        if (sql instanceof SQLTransientConnectionException) return Reason.UNAVAILABLE;
        if (sql instanceof SQLiteException sqlite) return sqliteReason(sqlite.getResultCode().code);
        return postgresReason(sql.getSQLState() == null ? "" : sql.getSQLState());
    }

    private static Reason sqliteReason(int code) {
        return switch (code) {
            case SQLITE_CONSTRAINT_UNIQUE, SQLITE_CONSTRAINT_PRIMARYKEY -> Reason.DUPLICATE;
            case SQLITE_CONSTRAINT_FOREIGNKEY -> Reason.NOT_FOUND;
            default -> switch (code & 0xff) {
                case SQLITE_CORRUPT, SQLITE_NOTADB -> Reason.CORRUPT;
                default -> Reason.UNAVAILABLE;
            };
        };
    }

    private static Reason postgresReason(String state) {
        return switch (state) {
            case "23505" -> Reason.DUPLICATE;
            case "23503" -> Reason.NOT_FOUND;
            case "XX001", "XX002" -> Reason.CORRUPT;
            default -> Reason.UNAVAILABLE;
        };
    }
}
