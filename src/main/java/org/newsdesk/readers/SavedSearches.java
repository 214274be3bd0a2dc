package org.newsdesk.readers;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.newsdesk.domain.Reader;
import org.newsdesk.domain.SavedSearch;
import org.newsdesk.readers.ReaderException.Reason;
import org.newsdesk.store.SavedSearchStore;
import org.newsdesk.store.StoreException;

/** Each reader's saved searches. Thread-safe. */
public final class SavedSearches {
    private static final int MAX_NAME = 100;
    private static final int MAX_QUERY = 1_000;

    private final SavedSearchStore searches;
    private final Clock clock;

    public SavedSearches(SavedSearchStore searches, Clock clock) {
        this.searches = Objects.requireNonNull(searches, "searches");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public SavedSearch save(Reader reader, String name, String query) {
        String n = name == null ? "" : name.strip();
        String q = query == null ? "" : query.strip();
        if (n.isEmpty() || n.length() > MAX_NAME) {
            throw new ReaderException(Reason.INVALID, "a saved search has a name of 1 to " + MAX_NAME + " characters");
        }
        if (q.isEmpty() || q.length() > MAX_QUERY) {
            throw new ReaderException(Reason.INVALID, "a saved search has a query of 1 to " + MAX_QUERY + " characters");
        }
        try {
            return searches.add(reader.id(), n, q, clock.instant());
        } catch (StoreException e) {
            if (e.reason() != StoreException.Reason.DUPLICATE) throw e;
            throw new ReaderException(Reason.TAKEN, "you have a saved search named " + n + " already", e);
        }
    }

    public List<SavedSearch> list(Reader reader) {
        return searches.list(reader.id());
    }

    /** The reader's own saved search; another reader's is not found. */
    public Optional<SavedSearch> find(Reader reader, long id) {
        return searches.find(id).filter(s -> s.readerId() == reader.id());
    }

    public void remove(Reader reader, long id) {
        if (!searches.remove(reader.id(), id)) throw new ReaderException(Reason.NOT_FOUND, "you have no saved search #" + id);
    }
}
