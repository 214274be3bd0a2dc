package org.newsdesk.extract;

import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/** Copies a data table into the clean body, row by row and cell by cell, as text. Stateless. */
final class Tables {
    private static final Evaluator CAPTION = QueryParser.parse("caption");
    private static final Evaluator ROW = QueryParser.parse("tr");
    private static final Evaluator LAYOUT = QueryParser.parse(
            "table table, td > p, td > div, td > ul, td > ol, td > h2, td > h3, th > p");


    private Tables() {
    }

    /** A table used to lay the page out rather than to show data: its cells hold paragraphs or other tables. */
    static boolean isLayout(Element table) {
        return table.selectFirst(LAYOUT) != null;
    }

    static void copy(Element table, Element into, BlockFilter filter) {
        Element out = into.appendElement("table");
        Element caption = table.selectFirst(CAPTION);
        if (caption != null && !caption.text().isBlank()) out.appendElement("caption").text(caption.text());
        Element tbody = out.appendElement("tbody");
        for (Element row : table.select(ROW)) {
            if (!filter.keeps(row) || nestedIn(row, table)) continue;
            Element tr = tbody.appendElement("tr");
            for (Element cell : row.children()) {
                if (!cell.nameIs("td") && !cell.nameIs("th")) continue;
                Element c = tr.appendElement(cell.normalName()).text(Text.normalize(cell.text()));
                copySpan(cell, c, "colspan");
                copySpan(cell, c, "rowspan");
            }
            if (tr.text().isBlank()) tr.remove();
        }
        if (tbody.childrenSize() == 0) out.remove();
    }

    private static boolean nestedIn(Element row, Element table) {
        for (Element p = row.parent(); p != null && p != table; p = p.parent()) {
            if (p.nameIs("table")) return true;
        }
        return false;
    }

    private static void copySpan(Element from, Element to, String attr) {
        if (from.attr(attr).matches("[1-9][0-9]?")) to.attr(attr, from.attr(attr));
    }
}
