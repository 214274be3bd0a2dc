package org.newsdesk.api;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.newsdesk.domain.Article;
import org.newsdesk.domain.ArticleContent;
import org.newsdesk.domain.ArticleVersion;
import org.newsdesk.domain.Image;
import org.newsdesk.domain.LabelCount;
import org.newsdesk.domain.Source;
import org.newsdesk.domain.SourceSummary;
import org.newsdesk.ingest.SourceFields;
import org.newsdesk.domain.StorySummary;
import org.newsdesk.search.FacetValue;
import org.newsdesk.search.SearchHit;

/** How the API shows each thing: the one place that decides field names. Stateless. */
final class Views {

    private Views() {}

    static Map<String, Object> article(Article a, boolean withBody) {
        ArticleContent c = a.content();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", a.id());
        m.put("sourceId", a.sourceId());
        m.put("url", a.url());
        m.put("canonicalUrl", c.canonicalUrl());
        m.put("title", c.title());
        m.put("authors", c.authors());
        m.put("published", iso(c.published()));
        m.put("updated", iso(c.updated()));
        m.put("fetchedAt", iso(a.fetchedAt()));
        m.put("language", c.language());
        m.put("siteName", c.siteName());
        m.put("standfirst", c.standfirst());
        m.put("leadImage", c.leadImage() == null ? null : image(c.leadImage()));
        m.put("categories", a.categories());
        m.put("tags", c.tags());
        m.put("editorNote", c.editorNote());
        m.put("origin", a.origin().name().toLowerCase());
        m.put("version", a.version());
        if (withBody) {
            m.put("bodyHtml", c.bodyHtml());
            m.put("bodyText", c.bodyText());
            m.put("relatedLinks", c.related().stream().map(r -> Map.of("title", r.title(), "url", r.url())).toList());
        }
        return m;
    }

    static Map<String, Object> version(ArticleVersion v) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("version", v.version());
        m.put("fetchedAt", iso(v.fetchedAt()));
        m.put("title", v.content().title());
        m.put("bodyHtml", v.content().bodyHtml());
        m.put("bodyText", v.content().bodyText());
        return m;
    }

    static Map<String, Object> source(SourceSummary summary) {
        return SourceFields.of(summary);
    }

    static Map<String, Object> story(StorySummary s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("key", s.key());
        m.put("title", s.title());
        m.put("leadArticleId", s.leadArticleId());
        m.put("firstSeen", iso(s.firstSeen()));
        m.put("lastUpdated", iso(s.lastUpdated()));
        m.put("articles", s.articleCount());
        m.put("sources", s.sourceCount());
        return m;
    }

    static Map<String, Object> label(LabelCount label) {
        return Map.of("label", label.label(), "count", label.count());
    }

    static Map<String, Object> hit(SearchHit h) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("articleId", h.articleId());
        m.put("sourceId", h.sourceId());
        m.put("title", h.title());
        m.put("url", h.url());
        m.put("source", h.sourceTitle());
        m.put("shownAt", iso(h.shownAt()));
        m.put("score", h.score());
        m.put("snippetHtml", h.snippet());
        return m;
    }

    static Map<String, Object> facet(FacetValue f) {
        return Map.of("value", f.value(), "label", f.label(), "count", f.count(), "exact", f.exact());
    }

    static Map<String, Object> page(List<?> items, @Nullable String next) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("items", items);
        m.put("next", next);
        return m;
    }

    static @Nullable String iso(@Nullable Instant t) {
        return t == null ? null : t.toString();
    }

    private static Map<String, Object> image(Image image) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("url", image.url());
        m.put("caption", image.caption());
        m.put("credit", image.credit());
        return m;
    }
}
