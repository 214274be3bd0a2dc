package org.newsdesk.readers;

import org.newsdesk.testing.MutableClock;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.newsdesk.domain.ArticleContent;
import org.newsdesk.domain.ContentOrigin;
import org.newsdesk.domain.NewArticle;
import org.newsdesk.domain.Outline;
import org.newsdesk.domain.Polling;
import org.newsdesk.domain.Source;
import org.newsdesk.feed.FeedException;
import org.newsdesk.feed.OpmlCodec;
import org.newsdesk.store.AppPasswordStore;
import org.newsdesk.store.ArticleStore;
import org.newsdesk.store.CommentStore;
import org.newsdesk.store.Database;
import org.newsdesk.store.InviteStore;
import org.newsdesk.store.ItemStore;
import org.newsdesk.store.ReaderStore;
import org.newsdesk.store.ReadingStateStore;
import org.newsdesk.store.SavedSearchStore;
import org.newsdesk.store.SessionStore;
import org.newsdesk.store.SettingStore;
import org.newsdesk.store.SourceStore;
import org.newsdesk.store.SubscriptionStore;

/**
 * Every readers service over a SQLite store in a folder, with a clock the test moves and a cheap password hash.
 * Sources are "followed" without the network: a URL becomes a source of that feed URL.
 */
final class Readers implements AutoCloseable {
    static final Instant T0 = Instant.parse("2025-05-01T08:00:00Z");

    final MutableClock clock = new MutableClock(T0);
    final Database database;
    final SourceStore sources;
    final ArticleStore articles;
    final ReaderStore readerStore;
    final Accounts accounts;
    final Invitations invitations;
    final AppPasswords appPasswords;
    final ReadingState reading;
    final Subscriptions subscriptions;
    final Comments comments;
    final SavedSearches savedSearches;

    /** Sign-in allows 3 failures per address and 2 per account in 15 minutes. */
    Readers(Path folder) {
        database = Database.sqliteIn(folder);
        sources = new SourceStore(database, clock);
        articles = new ArticleStore(database);
        readerStore = new ReaderStore(database);
        PasswordHasher hasher = new PasswordHasher(256, 1);
        SessionStore sessions = new SessionStore(database);
        SignInGuard g = new SignInGuard(3, 2, Duration.ofMinutes(15), clock);
        accounts = new Accounts(readerStore, sessions, new SettingStore(database), hasher, g, clock);
        invitations = new Invitations(new InviteStore(database), hasher, clock);
        appPasswords = new AppPasswords(new AppPasswordStore(database), readerStore, sessions, g, clock);
        reading = new ReadingState(new ReadingStateStore(database), new ItemStore(database),
                new ArchivePolicy(Duration.ofDays(30), Duration.ofDays(60)), clock);
        subscriptions = new Subscriptions(new SubscriptionStore(database), sources, new LocalFollower(), new Opml(),
                reading, clock);
        comments = new Comments(new CommentStore(database), readerStore, new CommentMarkdown(),
                CommentPolicy.defaults(), clock);
        savedSearches = new SavedSearches(new SavedSearchStore(database), clock);
    }

    Source source(String name) {
        return sources.add("https://" + name + ".example/feed", "https://" + name + ".example/", name, null,
                Polling.initial(clock.instant(), Duration.ofMinutes(30)));
    }

    long article(Source source, String identity, Instant fetchedAt) {
        ArticleContent content = new ArticleContent("Article " + identity, List.of(), null, null, null, null, null,
                null, null, "<p>" + identity + "</p>", identity, List.of(), null, List.of());
        return articles.insert(new NewArticle(source.id(), "https://example.org/" + identity, identity,
                ContentOrigin.PAGE, fetchedAt, List.of(), content)).id();
    }

    @Override
    public void close() {
        database.close();
    }

    /** Follows URLs without fetching: the URL is the feed; "https://nofeed…" leads nowhere. */
    private final class LocalFollower implements SourceFollower {
        @Override
        public Source follow(String url) {
            if (url.contains("nofeed")) {
                throw new ReaderException(ReaderException.Reason.SOURCE_FAILED, "no feed found at " + url);
            }
            return sources.findByFeedUrl(url).orElseGet(() -> sources.add(url, null, url, null,
                    Polling.initial(clock.instant(), Duration.ofMinutes(30))));
        }

        @Override
        public Source follow(Outline outline) {
            return follow(outline.feedUrl());
        }
    }

    private static final class Opml implements OpmlFormat {
        private final OpmlCodec codec = new OpmlCodec();

        @Override
        public Contents read(byte[] document) {
            try {
                var contents = codec.contents(document);
                return new Contents(contents.feeds(), contents.skipped());
            } catch (FeedException e) {
                throw new ReaderException(ReaderException.Reason.INVALID, e.getMessage(), e);
            }
        }

        @Override
        public String write(String title, List<Outline> outlines) {
            return codec.write(title, outlines, T0);
        }
    }
}
