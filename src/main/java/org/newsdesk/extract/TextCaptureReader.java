package org.newsdesk.extract;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;
import org.newsdesk.domain.ArticleContent;
import org.newsdesk.domain.RelatedLink;

/**
 * Reads a page captured as plain text: menus, banners and related headlines are lines like the article's own. The
 * article is the densest run of long lines (the largest sum of "words minus a short line's worth" over
 * consecutive lines); the headline is the longest short line just above it. Thread-safe.
 */
final class TextCaptureReader {

    private static final Pattern BYLINE = Pattern.compile("(?iu)^(by|written by|von|par|por|от|автор)[:\\s]+(.{3,100})$");
    private static final Pattern URL = Pattern.compile("https?://\\S+");
    private static final int SHORT_LINE_WORDS = 10;

    private final HtmlSanitizer sanitizer = new HtmlSanitizer();

    ArticleContent read(String capture, @Nullable URI url) {
        List<String> lines = new ArrayList<>();
        for (String raw : capture.replace("\r\n", "\n").replace('\r', '\n').split("\n")) {
            String line = Text.normalize(raw);
            if (!line.isEmpty()) lines.add(line);
        }
        int[] region = densestRun(lines);
        String title = title(lines, region[0]);
        List<String> authors = new ArrayList<>();
        Instant published = null;
        for (int i = Math.max(0, region[0] - 6); i < Math.min(lines.size(), region[0] + 3); i++) {
            Matcher by = BYLINE.matcher(lines.get(i));
            if (by.matches() && authors.isEmpty()) authors.addAll(splitAuthors(by.group(2)));
            if (published == null) published = DateParser.parse(lines.get(i));
        }
        List<String> bodyLines = new ArrayList<>();
        List<RelatedLink> related = new ArrayList<>();
        collect(lines, region, title, bodyLines, related);
        Document doc = new Document(url == null ? "" : url.toString());
        Element body = doc.appendElement("body");
        for (String line : bodyLines) body.appendElement("p").text(line);
        URI base = url == null ? URI.create("http://localhost/") : url;
        return new ArticleContent(title, authors, published, null, null, null, url == null ? null : url.toString(),
                null, null, sanitizer.sanitize(body.html(), base), String.join("\n", bodyLines), List.of(), null,
                related);
    }

    /** The [start, end) of the run of lines with the highest sum of (words − threshold). */
    private static int[] densestRun(List<String> lines) {
        int bestStart = 0;
        int bestEnd = 0;
        int best = 0;
        int sum = 0;
        int start = 0;
        for (int i = 0; i < lines.size(); i++) {
            int words = lines.get(i).split("\\s+").length;
            if (BlockFilter.isBoilerplateLine(lines.get(i))) words = 0;
            sum += words - SHORT_LINE_WORDS;
            if (sum <= 0) {
                sum = 0;
                start = i + 1;
            } else if (sum > best) {
                best = sum;
                bestStart = start;
                bestEnd = i + 1;
            }
        }
        return new int[] {bestStart, bestEnd};
    }

    private static String title(List<String> lines, int start) {
        String title = "";
        for (int i = start - 1; i >= Math.max(0, start - 6) && title.isEmpty(); i--) {
            String line = lines.get(i);
            int words = line.split("\\s+").length;
            if (words >= 3 && line.length() <= 200 && !BYLINE.matcher(line).matches()
                    && DateParser.parse(line) == null && !BlockFilter.isBoilerplateLine(line)) {
                title = line;
            }
        }
        if (title.isEmpty() && start < lines.size() && lines.get(start).length() <= 200) title = lines.get(start);
        return title;
    }

    private static void collect(List<String> lines, int[] region, String title, List<String> body,
            List<RelatedLink> related) {
        boolean inRelated = false;
        for (int i = region[0]; i < lines.size(); i++) {
            String line = lines.get(i);
            if (RelatedLinks.HEADING.matcher(line).matches()) {
                inRelated = true;
                continue;
            }
            int words = line.split("\\s+").length;
            if (inRelated) {
                if (words > 25) inRelated = false;
                else if (words >= 3 && !BlockFilter.isBoilerplateLine(line)) related.add(relatedLine(line));
                if (inRelated) continue;
            }
            if (i >= region[1] || line.equals(title) || BlockFilter.isBoilerplateLine(line)) continue;
            body.add(line);
        }
    }

    private static RelatedLink relatedLine(String line) {
        Matcher m = URL.matcher(line);
        if (!m.find()) return new RelatedLink(line, "");
        String title = Text.normalize(line.substring(0, m.start()) + line.substring(m.end()));
        return new RelatedLink(title.isEmpty() ? m.group() : title, m.group());
    }

    private static List<String> splitAuthors(String names) {
        List<String> out = new ArrayList<>();
        for (String n : names.split("(?iu)\\s*(,|&|\\band\\b)\\s*")) {
            if (Bylines.looksLikeName(n.strip())) out.add(n.strip());
        }
        return out;
    }
}
