package org.newsdesk.fetch;

/** Why a URL is fetched: it decides the {@code Accept} header and whether robots.txt is obeyed. */
public enum Purpose {
    /** A feed document (RSS, Atom, JSON Feed, OPML). Feeds are published to be polled, so robots.txt is not consulted. */
    FEED("application/rss+xml, application/atom+xml, application/feed+json, application/json;q=0.9, "
            + "application/xml;q=0.9, text/xml;q=0.9, */*;q=0.8"),
    /** An article page, fetched on the reader's behalf: obeys robots.txt. */
    PAGE("text/html, application/xhtml+xml;q=0.9, */*;q=0.8"),
    /** A site's robots.txt. */
    ROBOTS("text/plain, */*;q=0.5");

    private final String accept;

    Purpose(String accept) {
        this.accept = accept;
    }

    /** The {@code Accept} header sent for this purpose. */
    public String accept() {
        return accept;
    }
}
