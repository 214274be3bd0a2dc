package org.newsdesk.demo;

import static org.newsdesk.demo.Html.escape;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.stream.Collectors;

/** Northfield Ledger: a modern div-based site with JSON-LD NewsArticle metadata and inline "Read more" boxes. */
record NorthfieldLedgerPages(ObjectMapper json, int year) implements OutletPages {
    private static final Outlet OUTLET = Outlet.NORTHFIELD_LEDGER;
    private static final List<String> SECTIONS =
            List.of("Local", "Politics", "Business", "Tech", "Science", "Sports", "Arts", "Region");
    private static final String STYLE = """
            <style>
            body{font-family:'Helvetica Neue',Arial,sans-serif;margin:0;color:#202124}
            .topbar{background:#0b3d5c;color:#fff;display:flex;align-items:center;gap:24px;padding:10px 24px}
            .brand{font-weight:800;font-size:26px;color:#fff;text-decoration:none;letter-spacing:-1px}
            .menu ul{display:flex;gap:14px;list-style:none;margin:0;padding:0}.menu a{color:#cde}
            .layout{display:flex;max-width:1200px;margin:0 auto;gap:40px}.main-col{flex:3}.sidebar{flex:1}
            .article-header h1{font-size:36px}.summary{font-size:19px;color:#444}
            .article-body p{font-size:17px;line-height:1.7}.read-more{border-left:4px solid #0b3d5c;padding:8px}
            .editors-note{background:#fff6d6;padding:12px;border:1px solid #e8d48a}
            </style>
            """;

    @Override
    public String article(Edition edition) {
        Story story = edition.story();
        Manuscript m = story.manuscript();
        String updated = edition.updated() == null ? "" : " · <span class=\"updated\">Updated <time datetime=\""
                + edition.updated() + "\">" + Html.dateTime(edition.updated()) + "</time></span>";
        return """
                <!DOCTYPE html>
                <html lang="en"><head><meta charset="UTF-8">
                <meta name="viewport" content="width=device-width">
                <title>%s – Northfield Ledger</title>
                <meta property="og:title" content="%s">
                %s%s<script type="application/ld+json">%s</script>
                %s</head>
                <body>
                <div id="app">
                %s<div class="topbar"><a class="brand" href="%s">Northfield Ledger</a>%s</div>
                <div class="layout"><div class="main-col">
                <div class="breadcrumbs"><a href="%s">Home</a> › <a href="/northfield-ledger/section/%s">%s</a></div>
                <div class="article-header"><h1>%s</h1><div class="summary">%s</div>
                <div class="meta"><span class="author">%s</span> · <time datetime="%s">%s</time>%s</div></div>
                <div class="hero">%s</div>
                <div class="article-body">
                %s</div>
                %s%s%s%s</div>
                <div class="sidebar">%s%s%s</div></div>
                %s</div>
                %s</body></html>
                """.formatted(
                escape(m.title()), escape(m.title()), ogImage(story), Html.canonical(story),
                jsonLd(edition), STYLE, Furniture.cookieBanner("gdpr-consent", OUTLET), OUTLET.homePath(),
                Furniture.menu(OUTLET, SECTIONS, "menu"), OUTLET.homePath(), m.section().toLowerCase(),
                escape(m.section()), escape(m.title()), escape(m.standfirst()), escape(m.author()),
                story.published(), Html.dateTime(story.published()), updated, Html.figure(story, "hero-image"),
                bodyWithInserts(edition), Html.wireNote(story, "syndication"), Html.editorNote(edition, "editors-note"),
                Furniture.share(story.url(), m.title(), "share-bar"), Furniture.comments("comments"),
                Furniture.newsletter("Ledger Daily", "Northfield news, every weekday at noon.", "signup"),
                Furniture.adSlot("nl-sidebar", "300x600"),
                Furniture.relatedCards(edition.related(), "Related articles", "most-read"),
                Furniture.appBanner(OUTLET, "app-banner") + Furniture.footer(OUTLET, year, "footer"),
                Furniture.scripts(OUTLET));
    }

    @Override
    public String home(List<Story> stories) {
        String items = stories.stream().map(s -> "<div class=\"tile\"><a href=\"" + s.url() + "\">"
                + escape(s.title()) + "</a><div class=\"summary\">" + escape(s.standfirst()) + "</div></div>\n")
                .collect(Collectors.joining());
        return """
                <!DOCTYPE html>
                <html lang="en"><head><meta charset="UTF-8"><title>Northfield Ledger</title>
                <link rel="alternate" type="application/atom+xml" title="Northfield Ledger" href="%s">
                %s</head><body><div id="app"><div class="topbar"><a class="brand" href="%s">Northfield Ledger</a>%s</div>
                <div class="layout"><div class="main-col">%s</div></div>%s</div></body></html>
                """.formatted(OUTLET.feedPath(), STYLE, OUTLET.homePath(), Furniture.menu(OUTLET, SECTIONS, "menu"),
                items, Furniture.footer(OUTLET, year, "footer"));
    }

    /** A "Read more" box after the second paragraph and an ad after the fourth, as the Ledger's CMS inserts them. */
    private static String bodyWithInserts(Edition edition) {
        StringBuilder out = new StringBuilder();
        List<String> paragraphs = edition.paragraphs();
        for (int i = 0; i < paragraphs.size(); i++) {
            out.append(Html.block(paragraphs.get(i))).append('\n');
            if (i == 1 && !edition.related().isEmpty()) {
                Story next = edition.related().getFirst();
                out.append("<div class=\"read-more\">Read more: <a href=\"").append(next.url()).append("\">")
                        .append(escape(next.title())).append("</a></div>\n");
            }
            if (i == 3) out.append(Furniture.adSlot("nl-inline", "300x250"));
        }
        return out.toString();
    }

    private static String ogImage(Story story) {
        return story.imageUrl() == null ? "" : "<meta property=\"og:image\" content=\"" + story.imageUrl() + "\">\n";
    }

    private String jsonLd(Edition edition) {
        Story story = edition.story();
        Manuscript m = story.manuscript();
        ObjectNode node = json.createObjectNode();
        node.put("@context", "https://schema.org");
        node.put("@type", "NewsArticle");
        node.put("headline", m.title());
        node.put("description", m.standfirst());
        node.put("datePublished", story.published().toString());
        node.put("dateModified", edition.lastChanged().toString());
        node.putObject("author").put("@type", "Person").put("name", m.author());
        node.put("articleSection", m.section());
        node.put("keywords", String.join(", ", m.tags()));
        if (story.imageUrl() != null) node.putArray("image").add(story.imageUrl().toString());
        node.putObject("publisher").put("@type", "NewsMediaOrganization").put("name", OUTLET.title);
        node.putObject("mainEntityOfPage").put("@type", "WebPage").put("@id", story.url().toString());
        try {
            // "</" would end the script element early: JSON allows the escaped slash.
            return json.writeValueAsString(node).replace("</", "<\\/");
        } catch (JsonProcessingException e) {
            throw new DemoNetworkException(DemoNetworkException.Reason.BROKEN_CONTENT, "cannot write JSON-LD for " + m.slug(), e);
        }
    }
}
