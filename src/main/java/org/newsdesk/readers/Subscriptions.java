package org.newsdesk.readers;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.newsdesk.domain.Folder;
import org.newsdesk.domain.Outline;
import org.newsdesk.domain.Reader;
import org.newsdesk.domain.Source;
import org.newsdesk.domain.Subscription;
import org.newsdesk.readers.ReaderException.Reason;
import org.newsdesk.store.SourceStore;
import org.newsdesk.store.StoreException;
import org.newsdesk.store.SubscriptionStore;

/**
 * Each reader's subscriptions to the shared sources, in their own folders, with OPML import and export, and the
 * sources they hide. Subscribing to a feed nobody follows yet adds the source. Thread-safe.
 */
public final class Subscriptions {
    private static final int MAX_TITLE = 200;

    /**
     * What an OPML import did for a reader.
     *
     * @param failures feeds that could not be followed, each "title: why"
     * @param skipped  entries of the file that were not taken (no or a non-http(s) xmlUrl, a feed listed again)
     */
    public record ImportReport(int subscribed, int alreadySubscribed, List<String> failures, List<String> skipped) {
        public ImportReport {
            failures = List.copyOf(failures);
            skipped = List.copyOf(skipped);
        }
    }

    private final SubscriptionStore subscriptions;
    private final SourceStore sources;
    private final SourceFollower follower;
    private final OpmlFormat opml;
    private final ReadingState reading;
    private final Clock clock;

    public Subscriptions(SubscriptionStore subscriptions, SourceStore sources, SourceFollower follower, OpmlFormat opml,
                         ReadingState reading, Clock clock) {
        this.subscriptions = Objects.requireNonNull(subscriptions, "subscriptions");
        this.sources = Objects.requireNonNull(sources, "sources");
        this.follower = Objects.requireNonNull(follower, "follower");
        this.opml = Objects.requireNonNull(opml, "opml");
        this.reading = Objects.requireNonNull(reading, "reading");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Subscribes the reader to a feed or site URL, adding the source when nobody follows it yet.
     *
     * @param folder the reader's folder for it; null for none
     * @throws ReaderException SOURCE_FAILED when the URL leads to no feed
     */
    public Subscription subscribe(Reader reader, String url, @Nullable String folder) {
        return subscribe(reader, follower.follow(Objects.requireNonNull(url, "url")), folder);
    }

    /** Subscribes the reader to a source Newsdesk follows already. */
    public Subscription subscribe(Reader reader, long sourceId, @Nullable String folder) {
        Source source = sources.find(sourceId)
                .orElseThrow(() -> new ReaderException(Reason.NOT_FOUND, "there is no source #" + sourceId));
        return subscribe(reader, source, folder);
    }

    /**
     * Subscribes the reader to every source Newsdesk follows, each in a folder named after its category: a
     * household's new member starts with the house's sources. Returns how many subscriptions were added.
     */
    public int subscribeToAll(Reader reader) {
        int added = 0;
        for (Source source : sources.list()) {
            if (subscriptions.find(reader.id(), source.id()).isPresent()) continue;
            subscribe(reader, source, source.category());
            added++;
        }
        return added;
    }

    public void unsubscribe(Reader reader, long sourceId) {
        if (!subscriptions.unsubscribe(reader.id(), sourceId)) throw notSubscribed(sourceId);
    }

    /** The reader's subscriptions, by source id. */
    public List<Subscription> list(Reader reader) {
        return subscriptions.list(reader.id());
    }

    public Optional<Subscription> find(Reader reader, long sourceId) {
        return subscriptions.find(reader.id(), sourceId);
    }

    /** Gives the subscription the reader's own title; null or blank goes back to the source's. */
    public Subscription rename(Reader reader, long sourceId, @Nullable String title) {
        String own = title == null || title.isBlank() ? null : title.strip();
        if (own != null && own.length() > MAX_TITLE) {
            throw new ReaderException(Reason.INVALID, "a title has at most " + MAX_TITLE + " characters");
        }
        try {
            subscriptions.setTitle(reader.id(), sourceId, own);
        } catch (StoreException e) {
            throw translate(e, sourceId);
        }
        return find(reader, sourceId).orElseThrow(() -> notSubscribed(sourceId));
    }

    /** Files the subscription in a folder (made when needed); null or blank takes it out of folders. */
    public Subscription move(Reader reader, long sourceId, @Nullable String folder) {
        try {
            subscriptions.setFolder(reader.id(), sourceId, folderName(folder));
        } catch (StoreException e) {
            throw translate(e, sourceId);
        }
        return find(reader, sourceId).orElseThrow(() -> notSubscribed(sourceId));
    }

    public List<Folder> folders(Reader reader) {
        return subscriptions.folders(reader.id());
    }

    public Optional<Folder> findFolder(Reader reader, String name) {
        return subscriptions.findFolder(reader.id(), name);
    }

    public Optional<Folder> findFolder(Reader reader, long folderId) {
        return subscriptions.findFolder(reader.id(), folderId);
    }

    /** Renames a folder; onto an existing folder, the two become one. */
    public void renameFolder(Reader reader, String from, String to) {
        String target = folderName(to);
        if (target == null) throw new ReaderException(Reason.INVALID, "a folder needs a name");
        if (!subscriptions.renameFolder(reader.id(), from, target)) {
            throw new ReaderException(Reason.NOT_FOUND, "you have no folder " + from);
        }
    }

    /** Removes a folder; its subscriptions stay, in no folder. */
    public void removeFolder(Reader reader, String name) {
        if (!subscriptions.removeFolder(reader.id(), name)) {
            throw new ReaderException(Reason.NOT_FOUND, "you have no folder " + name);
        }
    }

    /** Hides a source from the reader's shared pages (the public front page). */
    public void hide(Reader reader, long sourceId) {
        try {
            subscriptions.hide(reader.id(), sourceId);
        } catch (StoreException e) {
            if (e.reason() != StoreException.Reason.NOT_FOUND) throw e;
            throw new ReaderException(Reason.NOT_FOUND, "there is no source #" + sourceId, e);
        }
    }

    public void unhide(Reader reader, long sourceId) {
        subscriptions.unhide(reader.id(), sourceId);
    }

    public List<Long> hiddenSourceIds(Reader reader) {
        return subscriptions.hiddenSourceIds(reader.id());
    }

    /** Subscribes the reader to every feed of an OPML file, its folders becoming the reader's folders. */
    public ImportReport importOpml(Reader reader, byte[] document) {
        OpmlFormat.Contents contents = opml.read(document);
        int subscribed = 0;
        int known = 0;
        List<String> failures = new ArrayList<>();
        for (Outline outline : contents.outlines()) {
            try {
                Source source = follower.follow(outline);
                if (subscriptions.find(reader.id(), source.id()).isPresent()) {
                    known++;
                } else {
                    subscribe(reader, source, outline.category());
                    subscribed++;
                }
            } catch (ReaderException e) {
                failures.add(outline.title() + ": " + e.getMessage());
            }
        }
        return new ImportReport(subscribed, known, failures, contents.skipped());
    }

    /** The reader's subscriptions as OPML, folders as outlines around them. */
    public String exportOpml(Reader reader) {
        List<Outline> outlines = new ArrayList<>();
        for (Subscription s : list(reader)) {
            Folder folder = s.folder();
            outlines.add(new Outline(s.title(), s.source().feedUrl(), s.source().siteUrl(),
                    folder == null ? null : folder.name()));
        }
        return opml.write(reader.name() + "'s subscriptions in Newsdesk", outlines);
    }

    private Subscription subscribe(Reader reader, Source source, @Nullable String folder) {
        boolean isNew = subscriptions.find(reader.id(), source.id()).isEmpty();
        Subscription subscription = subscriptions.subscribe(reader.id(), source.id(), folderName(folder),
                clock.instant());
        if (isNew) reading.startReading(reader, source.id());
        return subscription;
    }

    private static @Nullable String folderName(@Nullable String folder) {
        if (folder == null || folder.isBlank()) return null;
        String name = folder.strip();
        if (name.length() > MAX_TITLE) {
            throw new ReaderException(Reason.INVALID, "a folder's name has at most " + MAX_TITLE + " characters");
        }
        return name;
    }

    private static ReaderException translate(StoreException e, long sourceId) {
        if (e.reason() != StoreException.Reason.NOT_FOUND) throw e;
        return notSubscribed(sourceId);
    }

    private static ReaderException notSubscribed(long sourceId) {
        return new ReaderException(Reason.NOT_FOUND, "you do not follow source #" + sourceId);
    }
}
