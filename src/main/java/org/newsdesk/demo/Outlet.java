package org.newsdesk.demo;

import java.util.Arrays;

/** The four outlets of the demo network; each lives under its own path prefix on the one server. */
enum Outlet {
    HARBOR_TIMES("harbor-times", "The Harbor Times", "Harbor City’s newspaper since 1871"),
    NORTHFIELD_LEDGER("northfield-ledger", "Northfield Ledger", "Independent news for Northfield and the north shore"),
    MERIDIAN_WIRE("meridian-wire", "Meridian Wire", "Fast, fair, first: the news agency of the Aldercoast"),
    VALLEY_DISPATCH("valley-dispatch", "Valley Dispatch", "Serving Millbrook and the Ashby Valley");

    final String slug;
    final String title;
    final String tagline;

    Outlet(String slug, String title, String tagline) {
        this.slug = slug;
        this.title = title;
        this.tagline = tagline;
    }

    static Outlet bySlug(String slug) {
        return Arrays.stream(values()).filter(o -> o.slug.equals(slug)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no outlet is called '" + slug + "'"));
    }

    String homePath() {
        return "/" + slug + "/";
    }

    /** Valley Dispatch's feed path is linked only from its home page, so a reader finds it by autodiscovery. */
    String feedPath() {
        return switch (this) {
            case HARBOR_TIMES -> "/harbor-times/rss.xml";
            case NORTHFIELD_LEDGER -> "/northfield-ledger/feed.atom";
            case MERIDIAN_WIRE -> "/meridian-wire/feed.json";
            case VALLEY_DISPATCH -> "/valley-dispatch/feeds/latest.xml";
        };
    }

    /** Each outlet lays out its URLs its own way, as real sites do. */
    String articlePath(Manuscript m) {
        String section = m.section().toLowerCase().replace(' ', '-');
        return switch (this) {
            case HARBOR_TIMES -> "/harbor-times/news/" + m.slug() + ".html";
            case NORTHFIELD_LEDGER -> "/northfield-ledger/" + section + "/" + m.slug();
            case MERIDIAN_WIRE -> "/meridian-wire/stories/" + m.slug();
            case VALLEY_DISPATCH -> m.membersOnly()
                    ? "/valley-dispatch/members/" + m.slug() + "/"
                    : "/valley-dispatch/" + section + "/" + m.slug() + "/";
        };
    }

    String imagePath(Manuscript m) {
        return "/" + slug + "/images/" + m.slug() + ".png";
    }
}
