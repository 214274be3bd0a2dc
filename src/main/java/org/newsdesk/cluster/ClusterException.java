package org.newsdesk.cluster;

import java.util.Objects;

/** A request the clusterer cannot carry out: the message says which article or story and why. */
public final class ClusterException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Stable causes, for callers to map once. */
    public enum Reason {
        /** The article was already added (within the clusterer's window). */
        DUPLICATE_ARTICLE,
        /** The embedding's length differs from the ones seen before. */
        EMBEDDING_MISMATCH
    }

    private final Reason reason;

    public ClusterException(Reason reason, String message) {
        super(Objects.requireNonNull(message, "message"));
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    public Reason reason() {
        return reason;
    }
}
