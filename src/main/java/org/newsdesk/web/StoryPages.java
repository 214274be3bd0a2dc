package org.newsdesk.web;

import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.newsdesk.domain.Annotations;
import org.newsdesk.domain.Article;
import org.newsdesk.domain.Quote;
import org.newsdesk.domain.StoryMember;
import org.newsdesk.domain.StorySummary;
import org.newsdesk.ingest.StorySummaries;
import org.newsdesk.store.AnnotationStore;
import org.newsdesk.store.StoryStore;

/** The story page: one event's coverage across sources, its timeline, summary and quotes. Thread-safe. */
final class StoryPages {

    private static final int CHART_BARS = 24;
    private static final int CHART_HEIGHT = 40;

    private final StoryStore stories;
    private final AnnotationStore annotations;
    private final StorySummaries summaries;
    private final ReadingPages reading;
    private final Templates templates;
    private final Clock clock;

    StoryPages(StoryStore stories, AnnotationStore annotations, StorySummaries summaries, ReadingPages reading,
               Templates templates, Clock clock) {
        this.stories = stories;
        this.annotations = annotations;
        this.summaries = summaries;
        this.reading = reading;
        this.templates = templates;
        this.clock = clock;
    }

    void story(Context ctx) {
        String key = ctx.pathParam("key");
        StorySummary story = stories.find(key).orElseThrow(() -> new NotFoundResponse("There is no story " + key + "."));
        List<Article> articles = stories.articles(key);
        Map<Long, StoryMember> members = new LinkedHashMap<>();
        for (StoryMember m : stories.members(key)) members.put(m.articleId(), m);
        Map<Long, String> titles = reading.sourceTitles();
        Instant now = clock.instant();
        Map<Long, List<String>> copiedBy = new LinkedHashMap<>();
        for (Article a : articles) {
            Long original = members.get(a.id()) == null ? null : members.get(a.id()).copyOf();
            if (original != null) copiedBy.computeIfAbsent(original, k -> new ArrayList<>()).add(titles.getOrDefault(a.sourceId(), ""));
        }
        // Coverage grouped by source, newest first within each; copies fold into their original's "also published by".
        Map<String, List<Pages.Coverage>> bySource = new TreeMap<>();
        for (Article a : articles) {
            StoryMember m = members.get(a.id());
            if (m != null && m.copyOf() != null) continue;
            String source = titles.getOrDefault(a.sourceId(), "");
            bySource.computeIfAbsent(source, s -> new ArrayList<>()).add(new Pages.Coverage(ArticleCard.of(a, source, now),
                    copiedBy.getOrDefault(a.id(), List.of())));
        }
        List<Pages.SourceCoverage> coverage = new ArrayList<>();
        bySource.forEach((source, items) -> coverage.add(new Pages.SourceCoverage(source, items)));
        coverage.sort((x, y) -> y.items().getFirst().card().shownAt().compareTo(x.items().getFirst().card().shownAt()));
        templates.render(ctx, "story.jte", new Pages.StoryPage(story, TimeText.relative(story.firstSeen(), now),
                TimeText.relative(story.lastUpdated(), now), TimeText.exact(story.lastUpdated()), coverage,
                summaries.summary(key, articles), speakers(articles), chart(articles)));
    }

    /** Quotes across the story, by speaker, each speaker's words once. */
    private List<Pages.Speaker> speakers(List<Article> articles) {
        Map<String, Map<String, Pages.Said>> bySpeaker = new LinkedHashMap<>();
        for (Article a : articles.reversed()) {
            Annotations found = annotations.find(a.id()).orElse(null);
            if (found == null) continue;
            for (Quote q : found.quotes()) {
                bySpeaker.computeIfAbsent(q.speaker(), s -> new LinkedHashMap<>())
                        .putIfAbsent(q.text(), new Pages.Said(q.text(), q.verb(), q.reported(), a.title(), "/articles/" + a.id()));
            }
        }
        List<Pages.Speaker> speakers = new ArrayList<>();
        bySpeaker.forEach((name, said) -> speakers.add(new Pages.Speaker(name, "/tags/" + ReadingPages.encode(name), List.copyOf(said.values()))));
        speakers.sort((x, y) -> Integer.compare(y.quotes().size(), x.quotes().size()));
        return speakers;
    }

    /** Articles over the story's lifetime in equal time slices, for the timeline chart. */
    private static List<Pages.Bar> chart(List<Article> articles) {
        Instant first = articles.stream().map(Article::shownAt).min(Instant::compareTo).orElseThrow();
        Instant last = articles.stream().map(Article::shownAt).max(Instant::compareTo).orElseThrow();
        long span = Math.max(Duration.ofHours(1).toMillis(), Duration.between(first, last).toMillis() + 1);
        int[] counts = new int[CHART_BARS];
        for (Article a : articles) counts[(int) ((a.shownAt().toEpochMilli() - first.toEpochMilli()) * CHART_BARS / span)]++;
        int max = java.util.Arrays.stream(counts).max().orElse(1);
        List<Pages.Bar> bars = new ArrayList<>();
        for (int i = 0; i < CHART_BARS; i++) {
            Instant from = first.plusMillis(span * i / CHART_BARS);
            bars.add(new Pages.Bar(i * 10, counts[i] == 0 ? 0 : Math.max(3, counts[i] * CHART_HEIGHT / max),
                    TimeText.exact(from) + ": " + counts[i] + " article" + (counts[i] == 1 ? "" : "s")));
        }
        return bars;
    }

}
