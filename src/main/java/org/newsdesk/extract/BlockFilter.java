package org.newsdesk.extract;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Decides which elements inside the located body are article text. Boilerplate left inside article containers
 * (share bars, "read more" cards, newsletter boxes, link lists, "Advertisement" labels) is dropped. Not
 * thread-safe; one per page.
 */
final class BlockFilter {

    /** A whole line that is a label or a prompt, never article text. */
    private static final Pattern BOILERPLATE_LINE = Pattern.compile(
            "(?iu)^[\\s\\p{P}]*(advertisement|advertising|advert|this slideshow requires javascript|anzeige|реклама|"
            + "광고|広告|ad|sponsored( content)?|read (more|next|also|this)|"
            + "related( articles| stories| content| coverage)?|more from .{0,40}|"
            + "see also|also read|recommended( for you)?|share( this( article| story)?)?|share on \\w+|"
            + "follow us.*|sign up.*|subscribe.*|newsletter.*|click here.*|continue reading.*|"
            + "story continues( below)?( advertisement)?|no comments yet.*|comments?( \\(\\d+\\))?|"
            + "leave a comment|post a comment|view comments|show comments|\\d+ comments?|skip (to|ad).*|"
            + "download (the|our) app.*|get (the|our) app.*|image|photo|video|watch|listen|loading.*|"
            + "scroll to continue.*|((image|photo|picture|slide)s? )?\\d+ ?(of|/) ?\\d+|tags?|"
            + "(like|enjoy(ed)?|love) this (story|article|post)\\?.*|(©|\\(c\\)|copyright).*|all rights reserved.*|"
            + "close|menu|print|email|copy link|tweet|facebook|twitter|linkedin|whatsapp)[\\s\\p{P}]*$");

    private final PageIndex stats;
    private final String title;
    private final int bodyText;

    /** @param parts the located body: a block that holds most of its text is never boilerplate */
    BlockFilter(PageIndex stats, String title, List<Element> parts) {
        this.stats = stats;
        this.title = Text.normalize(title).toLowerCase(Locale.ROOT);
        this.bodyText = parts.stream().mapToInt(stats::text).sum();
    }

    int blocksInside(Element e) {
        return stats.blocks(e);
    }

    static boolean isBoilerplateLine(String text) {
        return text.length() < 120 && BOILERPLATE_LINE.matcher(text).matches();
    }

    boolean keeps(Element e) {
        String name = e.normalName();
        if (name.equals("h1")) return false;
        int at = stats.index(e); // one lookup: the checks below read the facts by position
        if (isBoilerplateClass(e, at)) return false;
        int text = stats.textAt(at);
        // line-level checks read the text: only for short blocks and spans, not for words inside a sentence
        if (text == 0 || text >= 300 || BodyWriter.isInline(name) && !name.equals("span")) {
            return !isLinkCluster(e, at, name, text);
        }
        if (isLinkCluster(e, at, name, text)) return false;
        boolean linked = stats.linkTextAt(at) > 0;
        boolean heading = name.length() == 2 && name.charAt(0) == 'h' && !title.isEmpty();
        // only the checks below read the text: a longer block without links that is no heading passes unread
        if (text >= 120 && !linked && !heading) return true;
        String t = null;
        if (text < 120 && mayBeBoilerplateLine(e) && BOILERPLATE_LINE.matcher(t = e.text()).matches()) return false;
        if (!linked && !heading) return true;
        if (t == null) t = e.text();
        if (linked && isShouting(t)) return false;
        if (linked && text < 250 && (name.equals("p") || name.equals("li") || name.equals("div"))
                && RelatedLinks.INLINE_PREFIX.matcher(t).find()) {
            return false;
        }
        return !(heading && Text.normalize(t).toLowerCase(Locale.ROOT).equals(title));
    }

    /**
     * Whether the element's text may be a {@link #BOILERPLATE_LINE}: after white space and punctuation, each of the
     * pattern's lines starts with one of these letters (in any case), a digit or '©' (a character
     * beyond the BMP may be punctuation). Most short paragraphs are
     * passed over without building their text.
     */
    private static boolean mayBeBoilerplateLine(Element e) {
        char c = Text.firstChar(e);
        return c == 0 || Character.isSurrogate(c) || isPunctuation(c)
                || Text.mayStartWith(c, "atsrmfnclpvdgiweр광広©0123456789");
    }

    private static boolean isPunctuation(char c) {
        return switch (Character.getType(c)) {
            case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
                    Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION,
                    Character.FINAL_QUOTE_PUNCTUATION, Character.OTHER_PUNCTUATION -> true;
            default -> false;
        };
    }

    /** A line in capitals that links somewhere: a promotion ("GET THE APP BY CLICKING HERE"). */
    private static boolean isShouting(String t) {
        int letters = 0;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (Character.isLowerCase(c)) return false;
            if (Character.isUpperCase(c)) letters++;
        }
        return letters >= 10;
    }

    private boolean isBoilerplateClass(Element e, int at) {
        int flags = stats.flagsAt(at);
        if (!ClassFlags.has(flags, ClassFlags.NEGATIVE) || stats.textAt(at) > bodyText / 2) return false;
        if (PageCleaner.embeddedPost(stats, e)) return false;
        return !ClassFlags.has(flags, ClassFlags.POSITIVE) || stats.textAt(at) < 300
                || stats.linkDensityAt(at) > 0.3;
    }

    private boolean isLinkCluster(Element e, int at, String name, int text) {
        if (text == 0) return false;
        double density = stats.linkDensityAt(at);
        return switch (name) {
            case "ul", "ol", "dl" -> density > 0.5 && text < 2000;
            case "div", "section", "aside", "table", "header", "footer", "article" -> density > 0.4;
            case "p", "li" -> density > 0.9 && text < 200 && e.parent() != null && e.parent().childrenSize() <= 3;
            default -> false;
        };
    }
}
