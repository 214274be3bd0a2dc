package org.newsdesk.api;

import io.javalin.http.Context;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.newsdesk.domain.Reader;
import org.newsdesk.readers.Accounts;
import org.newsdesk.readers.Authenticated;
import org.newsdesk.readers.Subscriptions;
import org.newsdesk.store.ReaderSources;

/**
 * The sources a caller hides, so that a signed-in reader's API answers leave them out as their pages do. The JSON
 * API knows the reader by the browser's session cookie (the one the web pages set); anonymous callers, and readers
 * who hide nothing, get every source as before. Public so the feeds out use the same rule. Thread-safe.
 */
public final class HiddenSources {
    private final Accounts accounts;
    private final Subscriptions subscriptions;
    private final Supplier<List<Long>> allSourceIds;

    /** @param allSourceIds every source Newsdesk follows, by id: what a reader's search may cover */
    public HiddenSources(Accounts accounts, Subscriptions subscriptions, Supplier<List<Long>> allSourceIds) {
        this.accounts = accounts;
        this.subscriptions = subscriptions;
        this.allSourceIds = allSourceIds;
    }

    /** The reader whose browser session the request carries, if any. */
    public Optional<Reader> sessionReader(Context ctx) {
        return accounts.authenticate(ctx.cookie(Accounts.SESSION_COOKIE)).map(Authenticated::reader);
    }

    /** The condition for the store's listings: null for anonymous callers and readers who hide nothing. */
    public @Nullable ReaderSources lens(@Nullable Reader reader) {
        if (reader == null || subscriptions.hiddenSourceIds(reader).isEmpty()) return null;
        return new ReaderSources(reader.id(), false);
    }

    /**
     * The sources a reader's search may find: null when they hide nothing (search everything), else every other
     * source, or the ones asked for minus the hidden ones.
     *
     * @param asked the source ids the caller filtered by; empty for none
     */
    public @Nullable List<Long> searchable(@Nullable Reader reader, List<Long> asked) {
        if (reader == null) return null;
        Set<Long> hidden = Set.copyOf(subscriptions.hiddenSourceIds(reader));
        if (hidden.isEmpty()) return null;
        List<Long> allowed = (asked.isEmpty() ? allSourceIds.get() : asked).stream()
                .filter(id -> !hidden.contains(id)).toList();
        // No source left: a source id that never exists, so the search finds nothing rather than everything.
        return allowed.isEmpty() ? List.of(-1L) : allowed;
    }
}
