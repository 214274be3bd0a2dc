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
import org.newsdesk.ingest.StoryAssistant;
import org.newsdesk.ingest.StoryDesk;
import org.newsdesk.domain.Answer;
import org.newsdesk.domain.Translation;
import org.newsdesk.store.AnnotationStore;
import org.newsdesk.store.StoryStore;

/** The story page: one event's coverage across sources, its timeline, summary and quotes. Thread-safe. */
final class StoryPages {

    private static final int CHART_BARS = 24;
    private static final int CHART_HEIGHT = 40;

    private final StoryStore stories;
    private final AnnotationStore annotations;
    private final StoryAssistant assistant;
    private final StoryDesk desk;
    private final Csrf csrf;
    private final ReadingPages reading;
    private final Templates templates;
    private final Clock clock;
    /** Told after an admin moves articles between stories: pages that show stories change at once. */
    private final Runnable changed;

    StoryPages(StoryStore stories, AnnotationStore annotations, StoryAssistant assistant, StoryDesk desk, Csrf csrf,
               ReadingPages reading, Templates templates, Clock clock, Runnable changed) {
        this.changed = changed;
        this.desk = desk;
        this.csrf = csrf;
        this.stories = stories;
        this.annotations = annotations;
        this.assistant = assistant;
        this.reading = reading;
        this.templates = templates;
        this.clock = clock;
    }

    void story(Context ctx) {
        String key = ctx.pathParam("key");
        StorySummary story = stories.find(key).orElse(null);
        if (story == null) {
            // A story that merged into another lives on there, with its comments.
            String current = stories.currentKey(key).filter(k -> !k.equals(key))
                    .orElseThrow(() -> new NotFoundResponse("There is no story " + key + "."));
            ctx.redirect("/stories/" + ReadingPages.encode(current), io.javalin.http.HttpStatus.FOUND);
            return;
        }
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
                assistant.brief(key, articles), speakers(articles), chart(articles),
                labels(articles, true), labels(articles, false), csrf.token(ctx)));
    }

    /** Admin: move an article to another story (its key, as in the story's address); kept afterwards. */
    void move(Context ctx) {
        csrf.check(ctx);
        long id = ctx.pathParamAsClass("id", Long.class).get();
        String key = ctx.formParam("story") == null ? "" : ctx.formParam("story").strip().replaceFirst("^.*/stories/", "");
        if (key.isEmpty()) throw new IllegalArgumentException("give the story to move the article to");
        desk.move(id, key);
        changed.run();
        ctx.redirect("/stories/" + key, io.javalin.http.HttpStatus.SEE_OTHER);
    }

    /** Admin: split an article out into a story of its own; kept afterwards. */
    void split(Context ctx) {
        csrf.check(ctx);
        long id = ctx.pathParamAsClass("id", Long.class).get();
        String key = desk.split(id);
        changed.run();
        ctx.redirect("/stories/" + ReadingPages.encode(key), io.javalin.http.HttpStatus.SEE_OTHER);
    }

    /** The story's categories or hashtags: those its articles carry most, most shared first. */
    private List<Pages.Chip> labels(List<Article> articles, boolean categories) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        Map<String, String> spelling = new LinkedHashMap<>();
        for (Article a : articles) {
            Annotations found = annotations.find(a.id()).orElse(null);
            Article labelled = found == null ? a : a.withMoreLabels(found.categories(), found.tags());
            for (String label : categories ? labelled.categories() : labelled.content().tags()) {
                String key = org.newsdesk.domain.ArticleFilter.key(label);
                spelling.putIfAbsent(key, label);
                counts.merge(key, 1, Integer::sum);
            }
        }
        String prefix = categories ? "/categories/" : "/tags/";
        return counts.entrySet().stream().sorted((x, y) -> y.getValue() - x.getValue()).limit(8)
                .map(e -> new Pages.Chip(spelling.get(e.getKey()), prefix + ReadingPages.encode(spelling.get(e.getKey())), 0, false))
                .toList();
    }

    /** "Ask about this story": an answer grounded in the story's articles, citing them. */
    void ask(Context ctx) {
        String key = ctx.pathParam("key");
        stories.find(key).orElseThrow(() -> new NotFoundResponse("There is no story " + key + "."));
        List<Article> articles = stories.articles(key);
        String question = ctx.queryParam("q") == null ? "" : ctx.queryParam("q");
        Answer answer = assistant.ask(articles, question);
        templates.render(ctx, "parts/answer.jte", new Pages.AnswerView(question, cited(answer.text(), articles),
                answer.generated(), answer.notice()));
    }

    void translate(Context ctx) {
        long id = ctx.pathParamAsClass("id", Long.class).get();
        Article article = reading.articleById(id);
        String language = ctx.queryParam("lang") == null ? "en" : ctx.queryParam("lang");
        Translation translation = assistant.translate(article, language);
        templates.render(ctx, "translation.jte", new Pages.TranslationPage(article, translation,
                java.util.Locale.forLanguageTag(language).getDisplayLanguage(java.util.Locale.ENGLISH)));
    }

    /** The answer's text escaped, with each [n] a link to the n-th article given. */
    private static String cited(String text, List<Article> articles) {
        String escaped = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
        var matcher = java.util.regex.Pattern.compile("\\[(\\d{1,3})]").matcher(escaped);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            int n = Integer.parseInt(matcher.group(1));
            String link = n >= 1 && n <= articles.size()
                    ? "<a href=\"/articles/" + articles.get(n - 1).id() + "\">[" + n + "]</a>" : matcher.group();
            matcher.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(link));
        }
        matcher.appendTail(out);
        return out.toString().replace("\n", "<br>");
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
