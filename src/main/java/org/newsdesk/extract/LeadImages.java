package org.newsdesk.extract;

import org.jspecify.annotations.Nullable;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.newsdesk.domain.Image;

/** Finds the lead image and, from the figure that shows it, its caption and credit. Stateless. */
final class LeadImages {

    private LeadImages() {
    }

    /** Reads the page before it is cleaned, as captions and credits often carry classes the cleaner removes. */
    static @Nullable Image find(Document doc, PageMetadata meta) {
        String url = meta.leadImageUrl();
        Element figure = figureFor(doc, url);
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

    private static @Nullable Element figureFor(Document doc, @Nullable String url) {
        String wanted = url == null ? null : stem(url);
        Element firstInArticle = null;
        for (Element figure : doc.body().select("figure, [class~=(?i)(^|[-_ ])(figure|image|photo|media)($|[-_ ])]")) {
            Element img = figure.selectFirst("img");
            if (img == null) continue;
            String src = Figures.imageSource(img);
            if (wanted != null && src != null && stem(src).equals(wanted)) return figure;
            if (firstInArticle == null && figure.closest("article, main, [itemprop=articleBody]") != null
                    && figure.selectFirst("figcaption, [class*=caption]") != null) {
                firstInArticle = figure;
            }
        }
        return firstInArticle;
    }

    /** The file name without query, extension and size suffixes, so that resized copies of one image match. */
    static String stem(String url) {
        String path = url.replaceAll("[?#].*$", "");
        String name = path.substring(path.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        if (dot > 0) name = name.substring(0, dot);
        return name.replaceAll("([-_]\\d{2,4}x\\d{2,4}|[-_](small|medium|large|thumb|thumbnail))$", "");
    }
}
