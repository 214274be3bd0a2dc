package org.newsdesk.extract;

import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;
import org.jspecify.annotations.Nullable;

/** Copies figures (image, caption, credit) into the clean body and reads captions for the lead image. Stateless. */
final class Figures {
    /**
     * Where an image's address may be, lazy-loading pages' data attributes included. {@link ScriptStripper} keeps
     * these data attributes and drops the others, which no pass reads.
     */
    static final List<String> SOURCES = List.of("src", "data-src", "data-original", "data-lazy-src", "data-url");
    /** Where lazy-loading pages put an image's {@code srcset}. */
    static final String LAZY_SRCSET = "data-srcset";

    private static final Evaluator IMG = QueryParser.parse("img");
    private static final Evaluator IMG_WITH_ALT = QueryParser.parse("img[alt]");
    private static final Evaluator FIGCAPTION = QueryParser.parse("figcaption");
    private static final Evaluator CAPTION = QueryParser.parse("[class*=caption], [itemprop=caption]");


    private static final Pattern CREDIT_CLASS = Pattern.compile("(?i)credit|copyright|photographer|source|byline");
    private static final Pattern CREDIT_TEXT = Pattern.compile(
            "(?i)[(\\[]?\\s*(?:photo|image|picture|foto|credit|photograph|pictured)s?\\s*(?:credit)?\\s*(?:by|:)\\s*"
            + "([^)\\]]{2,80})[)\\]]?\\s*$");

    private static final Pattern CREDIT_PREFIX = Pattern.compile(
            "(?iu)^[(\\[]?\\s*(photo(graph)?s?|image|picture|foto|credit|pictured)\\s*(credit)?\\s*(by|:)\\s*");

    private Figures() {
    }

    /** An image with its caption and credit, read from a figure-like element. */
    record Parts(@Nullable String src, @Nullable String caption, @Nullable String credit) {
    }

    static void copy(Element figure, Element into) {
        Parts parts = read(figure);
        if (parts.src() == null && parts.caption() == null) return;
        Element out = into.appendElement("figure");
        if (parts.src() != null) out.appendElement("img").attr("src", parts.src()).attr("alt", alt(figure));
        String caption = parts.caption();
        if (parts.credit() != null) caption = caption == null ? parts.credit() : caption + " " + parts.credit();
        if (caption != null) out.appendElement("figcaption").text(caption);
    }

    static Parts read(Element figure) {
        Element img = figure.selectFirst(IMG);
        String src = img == null ? null : imageSource(img);
        Element creditEl = null;
        for (Element e : figure.getAllElements()) {
            if (e != figure && CREDIT_CLASS.matcher(e.className() + " " + e.attr("itemprop")).find()
                    && e.text().length() < 120) {
                creditEl = e;
                break;
            }
        }
        String rawCredit = creditEl == null ? null : Text.orNull(creditEl.text());
        String credit = rawCredit == null ? null : Text.orNull(CREDIT_PREFIX.matcher(rawCredit).replaceFirst(""));
        Element captionEl = captionOf(figure);
        String caption = captionEl == null ? null : Text.normalize(captionEl.text());
        if (caption != null && rawCredit != null) caption = Text.normalize(caption.replace(rawCredit, ""));
        if (caption != null) { // a credit written at the caption's end ("… Photograph: A. Name/Agency") is no caption
            var m = CREDIT_TEXT.matcher(caption);
            if (m.find()) {
                if (credit == null) credit = Text.orNull(m.group(1));
                caption = Text.normalize(caption.substring(0, m.start()));
            }
        }
        return new Parts(src, caption == null || caption.isEmpty() ? null : caption, credit);
    }

    /**
     * The figure's caption element: its {@code figcaption}, else the first element inside it classed or marked as a
     * caption — never the figure itself (a header classed "content-header__caption-style" is no caption of its own
     * image; a player's "…__caption" saying "Media playback is unsupported" comes before the real figcaption).
     */
    private static @Nullable Element captionOf(Element figure) {
        Element figcaption = figure.selectFirst(FIGCAPTION);
        if (figcaption != null && figcaption != figure) return figcaption;
        Element first = figure.selectFirst(CAPTION);
        if (first != figure) return first;
        for (Element child = figure.firstElementChild(); child != null; child = child.nextElementSibling()) {
            Element inside = child.selectFirst(CAPTION);
            if (inside != null) return inside;
        }
        return null;
    }

    /** The image's address as written (lazy-loading attributes included), not resolved. */
    static @Nullable String rawImageSource(Element img) {
        for (String attr : SOURCES) {
            String v = img.attr(attr);
            if (!v.isEmpty() && !v.startsWith("data:") && !v.endsWith(".gif")) return v;
        }
        return firstInSrcset(img);
    }

    static @Nullable String imageSource(Element img) {
        for (String attr : SOURCES) {
            String abs = Addresses.absolute(img, attr);
            if (abs.startsWith("http") && !abs.endsWith(".gif")) return abs;
        }
        String first = firstInSrcset(img);
        return first == null ? null : MetadataReader.absolute(img.ownerDocument(), first);
    }

    /** The first address of the image's {@code srcset} (or its lazy-loading twin) as written; null when it has none. */
    private static @Nullable String firstInSrcset(Element img) {
        String srcset = img.attr("srcset").isEmpty() ? img.attr(LAZY_SRCSET) : img.attr("srcset");
        return srcset.isEmpty() ? null : srcset.split(",")[0].strip().split(" ")[0];
    }

    private static String alt(Element figure) {
        Element img = figure.selectFirst(IMG_WITH_ALT);
        return img == null ? "" : Text.normalize(img.attr("alt"));
    }
}
