package org.newsdesk.api.greader;

import java.util.List;
import java.util.Optional;
import org.newsdesk.domain.ArticleScope;
import org.newsdesk.domain.Reader;
import org.newsdesk.domain.Subscription;
import org.newsdesk.readers.Subscriptions;
import org.newsdesk.store.ItemQuery;
import org.newsdesk.store.ItemQuery.ReadFilter;

/**
 * Which of a reader's articles a stream stands for. A feed the reader does not follow and a folder they do not have
 * are empty streams: a reader never reads through another's subscriptions.
 */
record StreamSelection(ArticleScope scope, ReadFilter readFilter, boolean starredOnly) {
    private static final ArticleScope NOTHING = new ArticleScope.Articles(List.of());

    static StreamSelection of(StreamId stream, Reader reader, Subscriptions subscriptions) {
        return switch (stream) {
            case StreamId.ReadingList r -> new StreamSelection(new ArticleScope.Subscribed(), ReadFilter.ANY, false);
            case StreamId.Starred s -> new StreamSelection(new ArticleScope.Starred(), ReadFilter.ANY, false);
            case StreamId.Read r -> new StreamSelection(new ArticleScope.Subscribed(), ReadFilter.READ, false);
            case StreamId.Label label -> new StreamSelection(subscriptions.findFolder(reader, label.name())
                    .<ArticleScope>map(f -> new ArticleScope.InFolder(f.id())).orElse(NOTHING), ReadFilter.ANY, false);
            case StreamId.Feed feed -> new StreamSelection(subscription(feed, reader, subscriptions)
                    .<ArticleScope>map(s -> new ArticleScope.OfSource(s.sourceId())).orElse(NOTHING), ReadFilter.ANY,
                    false);
            case StreamId.Other o -> new StreamSelection(NOTHING, ReadFilter.ANY, false);
        };
    }

    /** The reader's subscription a feed stream names, by number or feed URL. */
    static Optional<Subscription> subscription(StreamId.Feed feed, Reader reader, Subscriptions subscriptions) {
        Optional<Long> id = feed.sourceId();
        if (id.isPresent()) return subscriptions.find(reader, id.get());
        return subscriptions.list(reader).stream().filter(s -> s.source().feedUrl().equals(feed.value())).findFirst();
    }

    /** Narrows by the {@code xt} (exclude) and {@code it} (include) streams apps add. */
    StreamSelection filtered(List<String> exclude, List<String> include) {
        ReadFilter filter = readFilter;
        boolean starred = starredOnly;
        for (String x : exclude) if (StreamId.parse(x) instanceof StreamId.Read) filter = ReadFilter.UNREAD;
        for (String i : include) {
            switch (StreamId.parse(i)) {
                case StreamId.Read r -> filter = ReadFilter.READ;
                case StreamId.Starred s -> starred = true;
                default -> { }
            }
        }
        return new StreamSelection(scope, filter, starred);
    }

    ItemQuery query(Reader reader, int limit) {
        return ItemQuery.of(reader.id(), scope, limit).withReadFilter(readFilter).starredOnly(starredOnly);
    }
}
