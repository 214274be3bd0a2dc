package org.newsdesk.web;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.newsdesk.domain.ArticleScope;
import org.newsdesk.domain.Reader;
import org.newsdesk.domain.StoryMember;
import org.newsdesk.store.StoryStore;

/**
 * Each reader's read state of stories: the bar on the story page with "Mark story as read" (and unread), and the
 * marks on story cards, which dim the stories the reader has read. A story is read when its articles are; a
 * syndicated copy goes with its original, which the story page shows in its place, so only originals are counted.
 * Opening a story page marks nothing: only opening an article does. Thread-safe.
 */
final class StoryMarks {

    private static final int MAX_KEYS = 50;

    private final Membership members;
    private final StoryStore stories;
    private final Csrf csrf;
    private final Templates templates;
    private final Clock clock;

    StoryMarks(Membership members, StoryStore stories, Csrf csrf, Templates templates, Clock clock) {
        this.members = members;
        this.stories = stories;
        this.csrf = csrf;
        this.templates = templates;
        this.clock = clock;
    }

    /** {@code GET /me/story-bar?key=}: the story page's bar; nothing when signed out. */
    void bar(Context ctx) {
        Reader reader = Access.reader(ctx).orElse(null);
        String key = String.valueOf(ctx.queryParam("key"));
        if (reader == null || stories.find(key).isEmpty()) {
            ctx.status(HttpStatus.NO_CONTENT);
            return;
        }
        List<Long> originals = originals(key);
        int read = members.reading().readAmong(reader, originals).size();
        templates.render(ctx, "parts/storybar.jte", new StoryViews.Bar(key, read, originals.size(),
                Long.toString(clock.millis()), csrf.token(ctx)));
    }

    /** {@code GET /reading/story-marks?keys=}: the marks of the story cards on a page. */
    void cards(Context ctx) {
        List<String> keys = keys(ctx.queryParam("keys"));
        if (keys.isEmpty()) {
            ctx.status(HttpStatus.NO_CONTENT);
            return;
        }
        Reader reader = Access.reader(ctx).orElse(null);
        Map<String, Long> numbers = stories.numbers(keys);
        Map<Long, Long> comments = members.comments().countsOnStories(numbers.values());
        Map<String, List<Long>> originals = new LinkedHashMap<>();
        for (String key : keys) originals.put(key, originals(key));
        Set<Long> read = reader == null ? Set.of()
                : members.reading().readAmong(reader, originals.values().stream().flatMap(List::stream).toList());
        List<StoryViews.CardMarks> marks = new ArrayList<>();
        originals.forEach((key, ids) -> {
            Long number = numbers.get(key);
            marks.add(new StoryViews.CardMarks(key, !ids.isEmpty() && read.containsAll(ids),
                    number == null ? 0 : comments.getOrDefault(number, 0L)));
        });
        templates.render(ctx, "parts/storymarks.jte", new StoryViews.CardMarksList(marks, reader != null));
    }

    /** {@code POST /stories/{key}/read}: "mark all as read" for a story, up to when its page was shown. */
    void markRead(Context ctx) {
        csrf.check(ctx);
        Reader reader = Access.require(ctx).reader();
        String key = story(ctx);
        Instant cutoff = Instant.ofEpochMilli(ctx.formParamAsClass("cutoff", Long.class).getOrDefault(clock.millis()));
        List<Long> all = stories.members(key).stream().map(StoryMember::articleId).toList();
        members.reading().markAllRead(reader, new ArticleScope.Articles(all), cutoff);
        ctx.redirect("/stories/" + ReadingPages.encode(key), HttpStatus.SEE_OTHER);
    }

    /** {@code POST /stories/{key}/unread}: every article of the story unread again. */
    void markUnread(Context ctx) {
        csrf.check(ctx);
        Reader reader = Access.require(ctx).reader();
        String key = story(ctx);
        members.reading().markUnread(reader, stories.members(key).stream().map(StoryMember::articleId).toList());
        ctx.redirect("/stories/" + ReadingPages.encode(key), HttpStatus.SEE_OTHER);
    }

    private String story(Context ctx) {
        String key = ctx.pathParam("key");
        if (stories.find(key).isEmpty()) throw new NotFoundResponse("There is no story " + key + ".");
        return key;
    }

    private List<Long> originals(String key) {
        return stories.members(key).stream().filter(m -> m.copyOf() == null).map(StoryMember::articleId).toList();
    }

    private static List<String> keys(@Nullable String text) {
        if (text == null || text.isBlank()) return List.of();
        Set<String> keys = new LinkedHashSet<>();
        for (String part : text.split(",")) {
            if (!part.isBlank()) keys.add(part.strip());
            if (keys.size() == MAX_KEYS) break;
        }
        return List.copyOf(keys);
    }
}
