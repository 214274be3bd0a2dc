package org.newsdesk.api.fever;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.newsdesk.domain.ArticleScope;
import org.newsdesk.domain.Reader;
import org.newsdesk.readers.ReadingState;
import org.newsdesk.readers.Subscriptions;

/**
 * Fever's {@code mark}: an item read, unread, saved or unsaved; a feed or a group read up to {@code before}. Group
 * 0 is every feed (Fever's "Kindling"). Items, feeds and groups not the reader's are left alone. Thread-safe.
 */
final class FeverMarks {
    private final Subscriptions subscriptions;
    private final ReadingState reading;

    FeverMarks(Subscriptions subscriptions, ReadingState reading) {
        this.subscriptions = subscriptions;
        this.reading = reading;
    }

    void mark(Reader reader, FeverParams params, ObjectNode body) {
        String what = params.get("mark");
        String as = params.get("as");
        Long id = params.number("id");
        if (what == null || as == null || id == null) return;
        switch (what) {
            case "item" -> item(reader, as, id, body);
            case "feed" -> {
                if (as.equals("read") && subscriptions.find(reader, id).isPresent()) {
                    reading.markAllRead(reader, new ArticleScope.OfSource(id), before(params));
                }
            }
            case "group" -> group(reader, as, id, params);
            default -> { }
        }
    }

    private void item(Reader reader, String as, long id, ObjectNode body) {
        List<Long> ids = reading.visibleIds(reader, List.of(id));
        if (ids.isEmpty()) return;
        switch (as) {
            case "read" -> reading.markRead(reader, ids);
            case "unread" -> reading.markUnread(reader, ids);
            case "saved" -> reading.star(reader, ids);
            case "unsaved" -> reading.unstar(reader, ids);
            default -> { }
        }
        if (as.equals("saved") || as.equals("unsaved")) {
            body.put("saved_item_ids", FeverAnswers.join(reading.starredIds(reader, 50_000)));
        } else {
            body.put("unread_item_ids", FeverAnswers.join(reading.unreadIds(reader, 50_000)));
        }
    }

    private void group(Reader reader, String as, long id, FeverParams params) {
        if (!as.equals("read")) return;
        Optional<ArticleScope> scope = id == 0 ? Optional.of(new ArticleScope.Subscribed())
                : subscriptions.findFolder(reader, id).map(f -> new ArticleScope.InFolder(f.id()));
        scope.ifPresent(s -> reading.markAllRead(reader, s, before(params)));
    }

    /** {@code before} in Unix seconds; null (now) when absent. */
    private static @Nullable Instant before(FeverParams params) {
        Long before = params.number("before");
        return before == null || before <= 0 ? null : Instant.ofEpochSecond(before);
    }
}
