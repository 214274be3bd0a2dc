package org.newsdesk.understand;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.newsdesk.domain.ArticleContent;
import org.newsdesk.extract.ArticleExtractor;
import org.newsdesk.extract.PageFile;

/** Articles for tests, written as plain paragraphs. */
final class Articles {

    private Articles() {
    }

    /** Every page of a folder (HTML, gzipped HTML, text) run through the extractor, by file name, in name order. */
    static Map<String, ArticleContent> extractedFrom(Path folder) {
        ArticleExtractor extractor = new ArticleExtractor();
        Map<String, ArticleContent> articles = new LinkedHashMap<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.filter(PageFile::isPage).sorted().toList()) {
                PageFile page = PageFile.read(f);
                articles.put(page.name(), page.plainText() ? extractor.extractText(page.content(), null)
                        : extractor.extract(page.content(), page.url()));
            }
            return articles;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + folder + ": " + e.getMessage(), e);
        }
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
