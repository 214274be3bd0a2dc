package org.newsdesk.extract;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;
import org.jspecify.annotations.Nullable;
import org.owasp.html.AttributePolicy;
import org.owasp.html.Handler;
import org.owasp.html.HtmlStreamEventReceiver;
import org.owasp.html.HtmlStreamRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * Makes remote HTML safe to show: an allow-list of structural and inline elements, absolute http/https links and
 * images only, every link marked {@code rel="nofollow noopener noreferrer"}.
 *
 * <p>Thread-safe: the policy is immutable and each call works on its own copy of the input.
 */
public final class HtmlSanitizer {
    private static final Evaluator URL_HOLDERS = QueryParser.parse("a[href], img[src]");


    private static final String[] BLOCKS = {
        "p", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "blockquote", "figure", "figcaption",
        "table", "thead", "tbody", "tfoot", "tr", "th", "td", "caption", "pre", "hr", "br"
    };
    private static final String[] INLINE = {"em", "strong", "b", "i", "code", "sub", "sup"};

    private final PolicyFactory policy = new HtmlPolicyBuilder()
            .allowElements(BLOCKS)
            .allowElements(INLINE)
            .allowElements("a", "img")
            .allowUrlProtocols("http", "https", "mailto")
            .allowAttributes("href").matching(linkTarget(true)).onElements("a")
            .allowAttributes("src").matching(linkTarget(false)).onElements("img")
            .allowAttributes("alt", "title").onElements("img")
            .allowAttributes("colspan", "rowspan").matching(HtmlSanitizer::smallNumber).onElements("td", "th")
            .requireRelsOnLinks("nofollow", "noopener", "noreferrer")
            .disallowWithoutAttributes("img")
            .toFactory();

    /**
     * Sanitizes an HTML fragment.
     *
     * @param html    untrusted HTML
     * @param baseUrl the page the fragment comes from: relative links and images are resolved against it
     */
    public String sanitize(String html, URI baseUrl) {
        Objects.requireNonNull(html, "html");
        Objects.requireNonNull(baseUrl, "baseUrl");
        Document fragment = Jsoup.parseBodyFragment(html, baseUrl.toString());
        fragment.outputSettings().prettyPrint(false);
        absolutize(fragment.body());
        return policy.sanitize(fragment.body().html());
    }

    /**
     * Sanitizes a body the extractor built itself, whose links and images are already absolute: the same policy,
     * without parsing the HTML a second time.
     */
    String sanitizeBuilt(Element body) {
        // the tree goes to the policy as events: the same policy and renderer as sanitize(String), without writing
        // the body out as HTML and lexing it back; nor does it need OWASP's tag balancer, which closes the tags that
        // lexed HTML leaves open: a tree's tags are balanced, and its depth is bounded by the parser's
        StringBuilder out = new StringBuilder(1024);
        HtmlStreamEventReceiver events = policy.apply(HtmlStreamRenderer.create(out, Handler.DO_NOTHING));
        events.openDocument();
        for (int i = 0, n = body.childNodeSize(); i < n; i++) send(body.childNode(i), events);
        events.closeDocument();
        return out.toString();
    }

    private static void send(Node node, HtmlStreamEventReceiver events) {
        if (node instanceof TextNode t) {
            events.text(t.getWholeText());
        } else if (node instanceof Element e) {
            String name = e.normalName();
            List<String> attributes = List.of(); // attributes() would give an element without any an empty set
            if (e.attributesSize() > 0) {
                attributes = new ArrayList<>(e.attributesSize() * 2);
                for (Attribute a : e.attributes()) {
                    attributes.add(a.getKey());
                    attributes.add(a.getValue());
                }
            }
            events.openTag(name, attributes);
            if (e.tag().isEmpty()) return; // a void element (br, img, hr) has no end tag, as in its HTML
            for (int i = 0, n = e.childNodeSize(); i < n; i++) send(e.childNode(i), events);
            events.closeTag(name);
        }
    }

    /** The text of sanitized (or any) HTML: one paragraph, heading, list item or table row a line. */
    public String toText(String html) {
        Objects.requireNonNull(html, "html");
        return TextLines.of(Jsoup.parseBodyFragment(html).body());
    }

    /** Resolves links and image sources in place, so the policy sees absolute URLs only. */
    static void absolutize(Element root) {
        for (Element e : root.select(URL_HOLDERS)) {
            String attr = e.hasAttr("href") ? "href" : "src";
            String abs = e.absUrl(attr);
            if (abs.isEmpty()) e.removeAttr(attr);
            else e.attr(attr, abs);
        }
    }

    private static AttributePolicy linkTarget(boolean allowMail) {
        return (element, attribute, value) -> acceptUrl(value, allowMail);
    }

    private static @Nullable String acceptUrl(String value, boolean allowMail) {
        String v = value.strip();
        String lower = v.toLowerCase(Locale.ROOT);
        if (lower.startsWith("http://") || lower.startsWith("https://")) return v;
        if (allowMail && lower.startsWith("mailto:")) return v;
        return null;
    }

    private static @Nullable String smallNumber(String element, String attribute, String value) {
        return value.matches("[1-9][0-9]?") ? value : null;
    }
}
