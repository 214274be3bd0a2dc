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
        if (isBoilerplateClass(e)) return false;
        int text = stats.text(e);
        // line-level checks read the text: only for short blocks and spans, not for words inside a sentence
        if (text == 0 || text >= 300 || BodyWriter.isInline(name) && !name.equals("span")) {
            return !isLinkCluster(e, name, text);
        }
        if (isLinkCluster(e, name, text)) return false;
        boolean linked = stats.linkText(e) > 0;
        boolean heading = name.length() == 2 && name.charAt(0) == 'h' && !title.isEmpty();
        // only the checks below read the text: a longer block without links that is no heading passes unread
        if (text >= 120 && !linked && !heading) return true;
        String t = e.text();
        if (text < 120 && BOILERPLATE_LINE.matcher(t).matches()) return false;
        if (linked && isShouting(t)) return false;
        if (linked && text < 250 && (name.equals("p") || name.equals("li") || name.equals("div"))
                && RelatedLinks.INLINE_PREFIX.matcher(t).find()) {
            return false;
        }
        return !(heading && Text.normalize(t).toLowerCase(Locale.ROOT).equals(title));
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

    private boolean isBoilerplateClass(Element e) {
        int flags = stats.flags(e);
        if (!ClassFlags.has(flags, ClassFlags.NEGATIVE) || stats.text(e) > bodyText / 2) return false;
        if (PageCleaner.embeddedPost(stats, e)) return false;
        return !ClassFlags.has(flags, ClassFlags.POSITIVE) || stats.text(e) < 300 || stats.linkDensity(e) > 0.3;
    }

    private boolean isLinkCluster(Element e, String name, int text) {
        if (text == 0) return false;
        double density = stats.linkDensity(e);
        return switch (name) {
            case "ul", "ol", "dl" -> density > 0.5 && text < 2000;
            case "div", "section", "aside", "table", "header", "footer", "article" -> density > 0.4;
            case "p", "li" -> density > 0.9 && text < 200 && e.parent() != null && e.parent().childrenSize() <= 3;
            default -> false;
        };
    }
}
