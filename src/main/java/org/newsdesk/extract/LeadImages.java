package org.newsdesk.extract;

import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;
import org.jspecify.annotations.Nullable;
import org.newsdesk.domain.Image;

/** Finds the lead image and, from the figure that shows it, its caption and credit. Stateless. */
final class LeadImages {
    private static final Evaluator IMG = QueryParser.parse("img");
    private static final Evaluator ARTICLE = QueryParser.parse("article, main, [itemprop=articleBody]");
    private static final Evaluator CAPTION = QueryParser.parse("figcaption, [class*=caption]");
    private static final Pattern SIZE_SUFFIX = Pattern.compile(
            "([-_]\\d{2,4}x\\d{2,4}|[-_](small|medium|large|thumb|thumbnail))$");


    private LeadImages() {
    }

    /** Reads the page before it is cleaned, as captions and credits often carry classes the cleaner removes. */
    static @Nullable Image find(PageIndex page, PageMetadata meta) {
        String url = meta.leadImageUrl();
        Element figure = figureFor(page, url);
        Figures.Parts parts = figure == null ? null : Figures.read(figure);
        if (url == null && parts != null) url = parts.src();
        if (url == null) return null;
        String caption = meta.leadImageCaption();
        String credit = meta.leadImageCredit();
        if (parts != null) {
            if (caption == null) caption = parts.caption();
            if (credit == null) credit = parts.credit();
        }
        return new Image(url, caption, credit);
    }

    private static @Nullable Element figureFor(PageIndex page, @Nullable String url) {
        String wanted = url == null ? null : stem(url);
        Element firstInArticle = null;
        for (Element figure : page.media) {
            Element img = figure.selectFirst(IMG);
            if (img == null) continue;
            String src = Figures.rawImageSource(img);
            if (wanted != null && src != null && stem(src).equals(wanted)) return figure;
            if (firstInArticle == null && figure.closest(ARTICLE) != null && figure.selectFirst(CAPTION) != null) {
                firstInArticle = figure;
            }
        }
        return firstInArticle;
    }

    /** The file name without query, extension and size suffixes, so that resized copies of one image match. */
    static String stem(String url) {
        int cut = url.length();
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            if (c == '?' || c == '#') {
                cut = i;
                break;
            }
        }
        int slash = url.lastIndexOf('/', cut - 1);
        int dot = url.lastIndexOf('.', cut - 1);
        int end = dot > slash + 1 ? dot : cut;
        String name = url.substring(slash + 1, end);
        // the pattern is anchored at the end: look there first, as nearly no name ends in a size
        return mayEndInSize(name) ? SIZE_SUFFIX.matcher(name).replaceAll("") : name;
    }

    private static boolean mayEndInSize(String name) {
        if (name.isEmpty()) return false;
        char last = name.charAt(name.length() - 1);
        return last >= '0' && last <= '9' || last == 'l' || last == 'm' || last == 'e' || last == 'b';
    }
}
