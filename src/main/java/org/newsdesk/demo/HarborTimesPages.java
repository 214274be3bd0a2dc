package org.newsdesk.demo;

import static org.newsdesk.demo.Html.escape;

import java.util.List;
import java.util.stream.Collectors;

/** The Harbor Times: a classic broadsheet with OpenGraph and {@code article:*} metadata. */
record HarborTimesPages(int year) implements OutletPages {
    private static final Outlet OUTLET = Outlet.HARBOR_TIMES;
    private static final List<String> SECTIONS =
            List.of("News", "Business", "Politics", "World", "Sport", "Science", "Culture", "Weather", "Opinion");
    private static final String STYLE = """
            <style>
            body.ht{font-family:Georgia,'Times New Roman',serif;color:#1a1a1a;background:#fbf9f4;margin:0}
            .masthead{text-align:center;border-bottom:3px double #1a1a1a;padding:12px 0}
            .ht-logo{font:700 44px 'Old English Text MT',Georgia,serif;color:#111;text-decoration:none}
            .sections ul{list-style:none;display:flex;justify-content:center;gap:18px;padding:0}
            .sections a{color:#333;text-decoration:none;text-transform:uppercase;font-size:13px}
            #content{max-width:1080px;margin:0 auto;display:grid;grid-template-columns:2fr 1fr;gap:32px}
            .headline{font-size:40px;line-height:1.1}.dek{font-size:20px;color:#555}
            .story-body p{font-size:18px;line-height:1.6}.kicker{color:#a31515;text-transform:uppercase}
            figcaption{font-size:13px;color:#666}.credit{text-transform:uppercase;font-size:11px}
            .consent-banner{position:fixed;bottom:0;left:0;right:0;background:#222;color:#fff;padding:12px}
            </style>
            """;

    @Override
    public String article(Edition edition) {
        Story story = edition.story();
        Manuscript m = story.manuscript();
        return head(story) + """
                <body class="ht article-page">
                %s<header class="masthead"><p class="ht-date">%s</p><a class="ht-logo" href="%s">The Harbor Times</a>
                %s</header>
                %s<main id="content"><div class="main-column">
                <article class="story">
                <p class="kicker"><a href="/harbor-times/section/%s">%s</a></p>
                <h1 class="headline">%s</h1>
                <p class="dek">%s</p>
                <div class="byline-block"><span class="byline">By %s</span>
                <time class="pubdate" datetime="%s">%s</time></div>
                %s%s<div class="story-body">
                %s</div>
                %s%s<p class="tags">Topics: %s</p>
                </article>
                %s%s</div>
                <aside class="rail">%s%s%s</aside></main>
                %s%s</body></html>
                """.formatted(
                Furniture.cookieBanner("cookie-consent", OUTLET), Html.longDate(story.published()),
                OUTLET.homePath(), Furniture.menu(OUTLET, SECTIONS, "sections"),
                Furniture.adSlot("ht-leaderboard", "728x90"),
                m.section().toLowerCase(), escape(m.section()), escape(m.title()), escape(m.standfirst()),
                escape(m.author()), story.published(), Html.dateTime(story.published()),
                Furniture.share(story.url(), m.title(), "share-tools"), Html.figure(story, "lead-art"),
                Html.body(edition.paragraphs()), Html.wireNote(story, "wire-credit"),
                Html.editorNote(edition, "correction"), topics(m),
                Furniture.relatedCards(edition.related(), "Related articles", "related"), Furniture.comments("comments"),
                Furniture.adSlot("ht-rail", "300x250"),
                Furniture.newsletter("The Morning Tide", "The day’s essential Harbor City news in your inbox by 6 a.m.",
                        "newsletter-box"), Furniture.appBanner(OUTLET, "app-promo"),
                Furniture.footer(OUTLET, year, "site-footer"), Furniture.scripts(OUTLET));
    }

    @Override
    public String home(List<Story> stories) {
        String items = stories.stream().map(s -> """
                <div class="teaser"><h2><a href="%s">%s</a></h2><p>%s</p><p class="byline">By %s</p></div>
                """.formatted(s.url(), escape(s.title()), escape(s.standfirst()), escape(s.manuscript().author())))
                .collect(Collectors.joining());
        return """
                <!DOCTYPE html>
                <html lang="en-US"><head><meta charset="utf-8"><title>The Harbor Times — %s</title>
                <link rel="alternate" type="application/rss+xml" title="The Harbor Times" href="%s">
                %s</head><body class="ht front">
                <header class="masthead"><a class="ht-logo" href="%s">The Harbor Times</a>%s</header>
                <main id="content"><div class="main-column">%s</div></main>
                %s</body></html>
                """.formatted(escape(OUTLET.tagline), OUTLET.feedPath(), STYLE, OUTLET.homePath(),
                Furniture.menu(OUTLET, SECTIONS, "sections"), items, Furniture.footer(OUTLET, year, "site-footer"));
    }

    private static String head(Story story) {
        Manuscript m = story.manuscript();
        return """
                <!DOCTYPE html>
                <html lang="en-US"><head><meta charset="utf-8">
                <title>%s | The Harbor Times</title>
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <meta name="description" content="%s">
                %s%s<link rel="alternate" type="application/rss+xml" title="The Harbor Times" href="%s">
                %s</head>""".formatted(escape(m.title()), escape(m.standfirst()), openGraph(story),
                Html.canonical(story), OUTLET.feedPath(), STYLE);
    }

    private static String openGraph(Story story) {
        Manuscript m = story.manuscript();
        StringBuilder out = new StringBuilder();
        meta(out, "og:type", "article");
        meta(out, "og:site_name", OUTLET.title);
        meta(out, "og:title", m.title());
        meta(out, "og:description", m.standfirst());
        meta(out, "og:url", story.url().toString());
        if (story.imageUrl() != null) meta(out, "og:image", story.imageUrl().toString());
        meta(out, "article:published_time", story.published().toString());
        meta(out, "article:author", m.author());
        meta(out, "article:section", m.section());
        for (String tag : m.tags()) meta(out, "article:tag", tag);
        return out.toString();
    }

    private static void meta(StringBuilder out, String property, String content) {
        out.append("<meta property=\"").append(property).append("\" content=\"").append(escape(content))
                .append("\">\n");
    }

    private static String topics(Manuscript m) {
        return m.tags().stream().map(t -> "<a rel=\"tag\" href=\"/harbor-times/topic/"
                + t.toLowerCase().replace(' ', '-') + "\">" + escape(t) + "</a>").collect(Collectors.joining(", "));
    }
}
