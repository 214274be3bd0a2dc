package org.newsdesk.store;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.newsdesk.domain.ArticleContent;
import org.newsdesk.domain.ContentOrigin;
import org.newsdesk.domain.Image;
import org.newsdesk.domain.NewArticle;
import org.newsdesk.domain.Polling;
import org.newsdesk.domain.RelatedLink;

/** Records for store tests, with times already at millisecond precision. */
final class Samples {
    static final Instant T0 = Instant.parse("2025-03-14T09:26:53.589Z");

    private Samples() {}

    static Instant at(long minutes) {
        return T0.plus(Duration.ofMinutes(minutes));
    }

    static Polling polling(Instant nextPollAt) {
        return Polling.initial(nextPollAt, Duration.ofMinutes(30));
    }

    /** Every field set, with text from several scripts, emoji, quotes and markup. */
    static ArticleContent fullContent() {
        return new ArticleContent(
                "Zürich: « Le ciel » — 東京 🌧️ 'quoted' \"double\"",
                List.of("Åsa Öberg", "Дмитрий Иванов", "王小明"),
                Instant.parse("2025-03-14T08:00:00.123Z"),
                Instant.parse("2025-03-14T09:15:30.456Z"),
                "Le Monde Ω",
                "fr",
                "https://example.org/articles/ciel?ref=ü",
                new Image("https://img.example.org/ciel.jpg", "Le ciel au-dessus de Zürich", "© AFP / Ñandú"),
                "Un chapeau : ligne d'accroche ✓",
                "<p>Premier paragraphe &amp; <em>accent</em> é</p>\n<p>第二段 🌍</p>",
                "Premier paragraphe & accent é\n第二段 🌍",
                List.of("météo", "天気", "tag with spaces"),
                "Correction : une date était fausse.",
                List.of(new RelatedLink("Autre article ↗", "https://example.org/autre"),
                        new RelatedLink("", "https://example.org/untitled")));
    }

    /** Only what must be set: nulls and empty lists everywhere else. */
    static ArticleContent minimalContent(String title) {
        return new ArticleContent(title, List.of(), null, null, null, null, null, null, null, "", "",
                List.of(), null, List.of());
    }

    static ArticleContent publishedContent(String title, Instant published) {
        return new ArticleContent(title, List.of(), published, null, null, null, null, null, null,
                "<p>" + title + "</p>", title, List.of(), null, List.of());
    }

    static NewArticle article(long sourceId, String identity, ArticleContent content, Instant fetchedAt) {
        return new NewArticle(sourceId, "https://example.org/" + identity, identity, ContentOrigin.PAGE, fetchedAt,
                List.of("World", "Europe"), content);
    }

    static NewArticle article(long sourceId, String identity) {
        return article(sourceId, identity, minimalContent("Article " + identity), T0);
    }
}
