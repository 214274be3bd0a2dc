package org.newsdesk.demo;

import static org.newsdesk.demo.Html.escape;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Valley Dispatch: a small-town site with OpenGraph and a JSON-LD graph. Only its front page names its feed,
 * so subscribing to it needs feed autodiscovery.
 */
record ValleyDispatchPages(ObjectMapper json, int year) implements OutletPages {
    private static final Outlet OUTLET = Outlet.VALLEY_DISPATCH;
    private static final List<String> SECTIONS =
            List.of("News", "County", "Weather", "Farm", "Schools", "Sports", "Obituaries", "Members");
    private static final String STYLE = """
            <style>
            body{font-family:'Trebuchet MS',sans-serif;background:#f3efe6;margin:0;color:#2b2b2b}
            #top{background:#3d5a2a;padding:14px 20px}#top .name{font-size:30px;color:#f7e7b0;font-style:italic}
            .nav ul{list-style:none;display:flex;gap:12px;padding:0}.nav a{color:#f7e7b0}
            #story{background:#fff;max-width:820px;margin:20px auto;padding:24px}
            .story-text p{font-size:17px;line-height:1.65}.members-flag{background:#b8860b;color:#fff;padding:2px 8px}
            </style>
            """;

    @Override
    public String article(Edition edition) {
        Story story = edition.story();
        Manuscript m = story.manuscript();
        String flag = m.membersOnly() ? "<span class=\"members-flag\">Members only</span>\n" : "";
        return """
                <!DOCTYPE html>
                <html lang="en"><head><meta charset="utf-8">
                <title>%s - Valley Dispatch</title>
                <meta property="og:site_name" content="Valley Dispatch">
                <meta property="og:title" content="%s">
                <meta property="og:description" content="%s">
                <meta property="og:url" content="%s">
                %s%s<script type="application/ld+json">%s</script>
                %s</head>
                <body>
                %s<div id="top"><span class="name">Valley Dispatch</span> <span class="motto">%s</span>%s</div>
                %s<div id="story">
                %s<div class="section-label">%s</div>
                <h1 class="story-title">%s</h1>
                <h2 class="story-summary">%s</h2>
                <div class="story-credits"><div class="by">%s</div><div class="posted">Posted %s</div></div>
                %s<section class="story-text">
                %s</section>
                %s%s%s%s%s</div>
                %s%s%s%s</body></html>
                """.formatted(
                escape(m.title()), escape(m.title()), escape(m.standfirst()), story.url(), ogImage(story),
                Html.canonical(story), jsonLd(edition), STYLE, Furniture.cookieBanner("cookie-notice", OUTLET),
                escape(OUTLET.tagline), Furniture.menu(OUTLET, SECTIONS, "nav"), Furniture.appBanner(OUTLET, "app-bar"),
                flag, escape(m.section()), escape(m.title()), escape(m.standfirst()), byline(story),
                Html.dateTime(story.published()), Html.figure(story, "main-photo"), Html.body(edition.paragraphs()),
                Html.wireNote(story, "wire-origin"), Html.editorNote(edition, "correction"),
                Furniture.share(story.url(), m.title(), "sharing"),
                Furniture.relatedCards(edition.related(), "Related articles", "more-stories"),
                Furniture.comments("discussion"), Furniture.adSlot("vd-bottom", "728x90"),
                Furniture.newsletter("the Valley Weekly", "Local news, weather and events every Friday.", "weekly"),
                Furniture.footer(OUTLET, year, "bottom"), Furniture.scripts(OUTLET));
    }

    /** The only place the feed URL appears on the whole network. */
    @Override
    public String home(List<Story> stories) {
        String items = stories.stream().map(s -> "<article class=\"listing\"><h3><a href=\"" + s.url() + "\">"
                + escape(s.title()) + "</a></h3>" + (s.manuscript().membersOnly() ? " <span class=\"members-flag\">"
                + "Members</span>" : "") + "<p>" + escape(s.standfirst()) + "</p></article>\n")
                .collect(Collectors.joining());
        return """
                <!DOCTYPE html>
                <html lang="en"><head><meta charset="utf-8"><title>Valley Dispatch | %s</title>
                <meta name="description" content="Local news for Millbrook, Ashby County and the Ashby Valley.">
                <link rel="alternate" type="application/rss+xml" title="Valley Dispatch – Latest news" href="%s">
                %s</head><body>%s<div id="top"><span class="name">Valley Dispatch</span>%s</div>
                <div id="story">%s</div>%s</body></html>
                """.formatted(escape(OUTLET.tagline), OUTLET.feedPath(), STYLE,
                Furniture.cookieBanner("cookie-notice", OUTLET), Furniture.menu(OUTLET, SECTIONS, "nav"), items,
                Furniture.footer(OUTLET, year, "bottom"));
    }

    private static String byline(Story story) {
        String author = story.manuscript().author();
        return escape(author.startsWith("By ") ? author : "By " + author);
    }

    private static String ogImage(Story story) {
        return story.imageUrl() == null ? "" : "<meta property=\"og:image\" content=\"" + story.imageUrl() + "\">\n";
    }

    private String jsonLd(Edition edition) {
        Story story = edition.story();
        Manuscript m = story.manuscript();
        ObjectNode root = json.createObjectNode();
        root.put("@context", "https://schema.org");
        ArrayNode graph = root.putArray("@graph");
        ObjectNode article = graph.addObject();
        article.put("@type", "NewsArticle");
        article.put("headline", m.title());
        article.put("datePublished", story.published().toString());
        article.put("dateModified", edition.lastChanged().toString());
        article.putArray("author").addObject().put("@type", "Person").put("name", m.author());
        article.put("articleSection", m.section());
        ArrayNode keywords = article.putArray("keywords");
        m.tags().forEach(keywords::add);
        article.put("isAccessibleForFree", !m.membersOnly());
        if (story.imageUrl() != null) {
            article.putObject("image").put("@type", "ImageObject").put("url", story.imageUrl().toString());
        }
        ObjectNode crumbs = graph.addObject().put("@type", "BreadcrumbList");
        crumbs.putArray("itemListElement").addObject().put("@type", "ListItem").put("position", 1)
                .put("name", m.section());
        try {
            return json.writeValueAsString(root).replace("</", "<\\/");
        } catch (JsonProcessingException e) {
            throw new DemoNetworkException(DemoNetworkException.Reason.BROKEN_CONTENT, "cannot write JSON-LD for " + m.slug(), e);
        }
    }
}
