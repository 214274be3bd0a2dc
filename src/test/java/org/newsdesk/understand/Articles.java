package org.newsdesk.understand;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.newsdesk.domain.ArticleContent;

/** Articles for tests, written as plain paragraphs. */
final class Articles {

    private Articles() {
    }

    static ArticleContent of(String title, String... paragraphs) {
        return of(title, null, null, paragraphs);
    }

    static ArticleContent of(String title, @Nullable String language, @Nullable Instant published, String... paragraphs) {
        return new ArticleContent(title, List.of(), published, null, null, language, null, null, null, "",
                String.join("\n", paragraphs), List.of(), null, List.of());
    }

    static final ArticleContent FERRY = of("Ferry workers walk out as pay talks collapse",
            "Ferry services between Port Avalon and Gull Island were suspended on Monday after crews walked off the job, stranding hundreds of commuters.",
            "The Maritime Workers Union said talks with the operator, Blue Channel Ferries, broke down late on Sunday over pay and rest periods.",
            "\"Our members work twelve-hour shifts on open water,\" said Rosa Delgado, the union's regional secretary.",
            "The strike could cost the island's shops thousands of pounds a day because most deliveries come by ferry.");

    static final ArticleContent FERRY_WIRE = of("Island cut off as ferry crews strike",
            "Crews of Blue Channel Ferries went on strike on Monday, halting all sailings to Gull Island.",
            "The company said it had offered a raise of 4 percent and was ready to return to talks with the union.",
            "Commuters waited on the quay at Port Avalon for hours without information.");
}
