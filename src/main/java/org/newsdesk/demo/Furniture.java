package org.newsdesk.demo;

import static org.newsdesk.demo.Html.escape;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The boilerplate real news pages wrap around an article (cookie banners, share buttons, newsletter boxes…),
 * here so that Newsdesk's extraction has something realistic to throw away. Each outlet passes its own class
 * names and wording. Thread-safe: stateless.
 */
final class Furniture {
    private Furniture() {}

    static String cookieBanner(String id, Outlet outlet) {
        return """
                <div id="%s" class="consent-banner" role="dialog" aria-label="Cookie consent">
                  <p>We use cookies and similar technologies to improve your experience, measure our audience and
                  show you personalised ads. You can change your choice at any time in our
                  <a href="/%s/privacy">privacy settings</a>.</p>
                  <button type="button" class="accept">Accept all</button>
                  <button type="button" class="reject">Reject non-essential</button>
                  <button type="button" class="manage">Manage preferences</button>
                </div>
                """.formatted(id, outlet.slug);
    }

    static String appBanner(Outlet outlet, String cssClass) {
        return """
                <div class="%s">
                  <strong>Download our app</strong>
                  <span>Breaking news alerts, the daily puzzle and the full print edition from %s on your phone.</span>
                  <a href="/%s/app/ios" class="store">App Store</a> <a href="/%s/app/android" class="store">Google Play</a>
                </div>
                """.formatted(cssClass, escape(outlet.title), outlet.slug, outlet.slug);
    }

    static String comments(String cssClass) {
        return """
                <section class="%s" id="comments">
                  <h3>Comments (0)</h3>
                  <p class="empty">No comments yet. Be the first to comment.</p>
                  <form class="comment-form" action="#comments" method="post">
                    <textarea name="comment" placeholder="Join the conversation…"></textarea>
                    <button type="submit">Post comment</button>
                  </form>
                  <p class="rules">Please keep comments civil. Read our <a href="#">community guidelines</a>.</p>
                </section>
                """.formatted(cssClass);
    }

    static String share(URI url, String title, String cssClass) {
        String u = URLEncoder.encode(url.toString(), StandardCharsets.UTF_8);
        String t = URLEncoder.encode(title, StandardCharsets.UTF_8);
        return """
                <div class="%s"><span>Share this article</span>
                  <a href="https://www.facebook.example/sharer?u=%s" class="share-facebook">Facebook</a>
                  <a href="https://x.example/intent/post?url=%s&amp;text=%s" class="share-x">X</a>
                  <a href="mailto:?subject=%s&amp;body=%s" class="share-email">Email</a>
                  <button type="button" class="share-copy">Copy link</button>
                </div>
                """.formatted(cssClass, u, u, t, t, u);
    }

    static String newsletter(String letterName, String pitch, String cssClass) {
        return """
                <div class="%s">
                  <h3>Sign up for %s</h3>
                  <p>%s</p>
                  <form action="#" method="post"><input type="email" name="email" placeholder="Your email address">
                  <button type="submit">Subscribe</button></form>
                  <p class="small">You can unsubscribe at any time. By signing up you agree to our terms.</p>
                </div>
                """.formatted(cssClass, escape(letterName), escape(pitch));
    }

    static String adSlot(String unit, String size) {
        return """
                <div class="ad-slot" data-ad-unit="%s" data-size="%s"><span class="ad-label">Advertisement</span>
                <a href="#" rel="sponsored">Ashby Valley Credit Union: home loans from 4.9%%. Apply online today.</a></div>
                """.formatted(unit, size);
    }

    static String relatedCards(List<Story> related, String heading, String cssClass) {
        String cards = related.stream().map(s -> """
                  <li class="card"><a href="%s">%s<span class="card-title">%s</span></a>
                  <span class="card-section">%s</span></li>
                """.formatted(s.url(), s.imageUrl() == null ? ""
                        : "<img src=\"" + s.imageUrl() + "\" alt=\"\" width=\"160\" height=\"90\">",
                escape(s.title()), escape(s.manuscript().section()))).collect(Collectors.joining());
        return "<section class=\"" + cssClass + "\"><h2>" + escape(heading) + "</h2>\n<ul>\n" + cards
                + "</ul></section>\n";
    }

    static String menu(Outlet outlet, List<String> sections, String cssClass) {
        String items = sections.stream().map(s -> "<li><a href=\"/" + outlet.slug + "/section/"
                + s.toLowerCase().replace(' ', '-') + "\">" + escape(s) + "</a></li>").collect(Collectors.joining());
        return "<nav class=\"" + cssClass + "\" aria-label=\"Main menu\"><ul><li><a href=\"" + outlet.homePath()
                + "\">Home</a></li>" + items + "<li><a href=\"/" + outlet.slug + "/subscribe\">Subscribe</a></li>"
                + "</ul></nav>\n";
    }

    static String footer(Outlet outlet, int year, String cssClass) {
        String base = "/" + outlet.slug + "/";
        return """
                <footer class="%s">
                  <ul><li><a href="%sabout">About us</a></li><li><a href="%scontact">Contact</a></li>
                  <li><a href="%sadvertise">Advertise</a></li><li><a href="%sjobs">Careers</a></li>
                  <li><a href="%sprivacy">Privacy policy</a></li><li><a href="%sterms">Terms of use</a></li></ul>
                  <p>© %d %s. All rights reserved. %s</p>
                </footer>
                """.formatted(cssClass, base, base, base, base, base, base, year, escape(outlet.title),
                escape(outlet.tagline));
    }

    /** Pages carry scripts as real ones do; an extractor must not mistake them for text. */
    static String scripts(Outlet outlet) {
        return """
                <script>window.dataLayer = window.dataLayer || []; dataLayer.push({site: "%s", consent: "pending"});
                document.querySelectorAll('.consent-banner button').forEach(function (b) {
                  b.addEventListener('click', function () { b.closest('.consent-banner').remove(); });
                });</script>
                """.formatted(outlet.slug);
    }
}
