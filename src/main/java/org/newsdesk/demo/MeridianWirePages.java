package org.newsdesk.demo;

import static org.newsdesk.demo.Html.escape;

import java.util.List;
import java.util.stream.Collectors;

/** Meridian Wire: a spartan wire-agency site with plain {@code <meta name>} tags and no OpenGraph. */
record MeridianWirePages(int year) implements OutletPages {
    private static final Outlet OUTLET = Outlet.MERIDIAN_WIRE;
    private static final List<String> SECTIONS = List.of("Top News", "World", "Business", "Politics", "Sports",
            "Science", "Technology", "Lifestyle");
    private static final String STYLE = """
            <style>
            body{font-family:Verdana,sans-serif;font-size:14px;background:#fff;margin:0}
            .wire-head{background:#e4002b;color:#fff;padding:6px 16px;display:flex;justify-content:space-between}
            .wire-head .logo{font-weight:bold;letter-spacing:3px;color:#fff;text-decoration:none}
            .wire-nav ul{list-style:none;display:flex;gap:10px;margin:0;padding:0}.wire-nav a{color:#fff}
            .wire-story{max-width:760px;margin:16px auto}.wire-meta{color:#777;font-size:12px}
            .story-text p{line-height:1.5}.license{border:1px dashed #999;padding:8px;font-size:12px}
            </style>
            """;

    @Override
    public String article(Edition edition) {
        Story story = edition.story();
        Manuscript m = story.manuscript();
        return """
                <!DOCTYPE html>
                <html lang="en"><head>
                <meta http-equiv="Content-Type" content="text/html; charset=utf-8">
                <title>%s | Meridian Wire</title>
                <meta name="description" content="%s">
                <meta name="author" content="%s">
                <meta name="keywords" content="%s">
                <meta name="date" content="%s">
                <meta name="section" content="%s">
                %s</head>
                <body>
                %s<div class="wire-head"><a class="logo" href="%s">MERIDIAN WIRE</a>%s</div>
                %s<div class="wire-story">
                <div class="slugline">%s</div>
                <h1>%s</h1>
                <div class="wire-meta">By %s | <span class="timestamp">%s</span> | %s</div>
                %s%s<div class="story-text">
                %s</div>
                %s<div class="license">For licensing and republication, contact Meridian Wire sales. Clients may
                republish this story with attribution.</div>
                %s%s</div>
                %s%s%s%s</body></html>
                """.formatted(
                escape(m.title()), escape(m.standfirst()), escape(m.author()), escape(String.join(", ", m.tags())),
                story.published(), escape(m.section()), STYLE, Furniture.cookieBanner("mw-cookies", OUTLET),
                OUTLET.homePath(), Furniture.menu(OUTLET, SECTIONS, "wire-nav"), Furniture.adSlot("mw-top", "970x90"),
                escape(m.section().toUpperCase() + " / " + m.event().toUpperCase()), escape(m.title()),
                escape(m.author()), Html.dateTime(story.published()), escape(m.section()),
                Html.figure(story, "wire-photo"), Furniture.share(story.url(), m.title(), "share"),
                Html.body(edition.paragraphs()), Html.editorNote(edition, "correction"),
                Furniture.relatedCards(edition.related(), "Related articles", "related-stories"),
                Furniture.comments("comments"),
                Furniture.newsletter("Meridian Morning", "The ten stories moving the Aldercoast, before breakfast.",
                        "newsletter"), Furniture.appBanner(OUTLET, "app"), Furniture.footer(OUTLET, year, "footer"),
                Furniture.scripts(OUTLET));
    }

    @Override
    public String home(List<Story> stories) {
        String rows = stories.stream().map(s -> "<li><span class=\"timestamp\">" + Html.dateTime(s.published())
                + "</span> <a href=\"" + s.url() + "\">" + escape(s.title()) + "</a></li>\n")
                .collect(Collectors.joining());
        return """
                <!DOCTYPE html>
                <html lang="en"><head><meta charset="utf-8"><title>Meridian Wire – Latest</title>
                <link rel="alternate" type="application/feed+json" title="Meridian Wire" href="%s">
                %s</head><body><div class="wire-head"><a class="logo" href="%s">MERIDIAN WIRE</a>%s</div>
                <div class="wire-story"><h1>Latest stories</h1><ul class="wire-list">%s</ul></div>%s</body></html>
                """.formatted(OUTLET.feedPath(), STYLE, OUTLET.homePath(), Furniture.menu(OUTLET, SECTIONS, "wire-nav"),
                rows, Furniture.footer(OUTLET, year, "footer"));
    }
}
