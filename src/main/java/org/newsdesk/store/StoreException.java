package org.newsdesk.store;

/** Why the store could not do what it was asked. Unchecked; the reason is stable, the message is for people. */
public final class StoreException extends RuntimeException {

    /** The stable reasons a caller may act on. */
    public enum Reason {
        /** A row with the same unique key exists already. */
        DUPLICATE,
        /** The row named (or the one it refers to) does not exist. */
        NOT_FOUND,
        /** The database cannot be reached or is busy; trying again later may work. */
        UNAVAILABLE,
        /** The database or a stored value cannot be read as Newsdesk wrote it. */
        CORRUPT
    }

    private final Reason reason;

    public StoreException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public StoreException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }

    @Override
    public String toString() {
        return "StoreException(" + reason + "): " + getMessage();
    }
}
