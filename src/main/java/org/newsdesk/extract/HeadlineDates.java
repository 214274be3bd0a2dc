package org.newsdesk.extract;

import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jspecify.annotations.Nullable;

/**
 * The date a page writes under its headline ("By Ana Ruiz | Nov. 19, 2019"), for pages whose metadata and address
 * give none: the first short line with a date between the first {@code h1} and the start of the body. Stateless.
 */
final class HeadlineDates {

    private static final String MONTH = "(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?";
    private static final Pattern DATE = Pattern.compile("(?i)\\b(?:"
            + MONTH + "\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}"
            + "|\\d{1,2}\\.?\\s+" + MONTH + ",?\\s+\\d{4}"
            + "|\\d{4}-\\d{2}-\\d{2})\\b");
    /** Elements after the headline looked at, at most: a page's header is shorter. */
    private static final int LOOK_AHEAD = 80;
    /** A line longer than this is prose, where a date is what the article talks about. */
    private static final int MAX_LINE = 150;

    private HeadlineDates() {
    }

    static @Nullable Instant find(PageIndex page) {
        Element h1 = page.headline();
        if (h1 == null) return null;
        List<Element> all = page.elements();
        for (int i = page.index(h1) + 1, end = Math.min(all.size(), i + LOOK_AHEAD); i < end; i++) {
            Element e = all.get(i);
            if (e.nameIs("p") && page.textAt(i) >= 200) return null; // the body has started
            Instant date = ownLineDate(e);
            if (date != null) return date;
        }
        return null;
    }

    private static @Nullable Instant ownLineDate(Element e) {
        for (int k = 0, n = e.childNodeSize(); k < n; k++) {
            if (!(e.childNode(k) instanceof TextNode t)) continue;
            String text = t.getWholeText();
            if (text.length() > MAX_LINE || text.isBlank()) continue;
            Matcher m = DATE.matcher(text);
            if (m.find()) {
                Instant date = DateParser.parse(m.group());
                if (date != null) return date;
            }
        }
        return null;
    }
}
