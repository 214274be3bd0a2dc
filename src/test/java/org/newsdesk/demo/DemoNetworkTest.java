package org.newsdesk.demo;

import org.newsdesk.testing.MutableClock;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DemoNetworkTest {
    private static final Instant START = Instant.parse("2026-03-14T18:00:30Z");

    private final Http http = new Http();
    private final MutableClock clock = new MutableClock(START);
    private DemoNetwork network;

    @BeforeEach
    void start() {
        network = DemoNetwork.start(0, clock);
    }

    @AfterEach
    void stop() {
        network.close();
    }

    @Test
    void servesEverySubscriptionWithItsContentType() {
        List<String> types = network.subscriptions().stream()
                .map(url -> http.get(url))
                .map(r -> r.statusCode() + " " + r.headers().firstValue("Content-Type").orElse(""))
                .toList();
        assertThat(types).containsExactly(
                "200 application/rss+xml; charset=utf-8",
                "200 application/atom+xml; charset=utf-8",
                "200 application/feed+json; charset=utf-8",
                "200 text/html; charset=utf-8");
    }

    @Test
    void namesTheValleyDispatchFeedOnlyInItsHomePage() {
        URI home = network.subscriptions().get(3);
        Document page = Jsoup.parse(http.text(home), home.toString());
        String feed = page.select("link[rel=alternate][type=application/rss+xml]").attr("abs:href");
        assertThat(feed).isEqualTo(network.baseUrl() + "valley-dispatch/feeds/latest.xml");

        assertThat(http.get(URI.create(feed)).statusCode()).isEqualTo(200);
        List<URI> elsewhere = network.articles().stream().map(DemoArticle::url)
                .filter(url -> http.text(url).contains("feeds/latest.xml")).toList();
        assertThat(elsewhere).isEmpty();
        assertThat(http.text(network.baseUrl())).doesNotContain("feeds/latest.xml");
    }

    @Test
    void servesEveryFeedEntryPageAsUtf8Html() throws Exception {
        List<String> links = entryLinks();
        assertThat(links).hasSize(40).doesNotHaveDuplicates();
        assertThat(Set.copyOf(links)).isEqualTo(
                network.articles().stream().map(a -> a.url().toString()).collect(Collectors.toSet()));
        for (String link : links) {
            HttpResponse<byte[]> page = http.get(URI.create(link));
            assertThat(page.statusCode()).as(link).isEqualTo(200);
            assertThat(page.headers().firstValue("Content-Type")).as(link).contains("text/html; charset=utf-8");
            assertThat(new String(page.body(), StandardCharsets.UTF_8)).as(link).startsWith("<!DOCTYPE html>");
        }
    }

    @Test
    void publishesFortyArticlesOnTenEventsAtPastTimes() {
        List<DemoArticle> articles = network.articles();
        assertThat(network.articleCount()).isEqualTo(40);
        assertThat(articles.stream().map(DemoArticle::event).distinct()).hasSize(10);
        assertThat(articles.stream().map(DemoArticle::outlet).distinct())
                .containsExactlyInAnyOrder("The Harbor Times", "Northfield Ledger", "Meridian Wire", "Valley Dispatch");
        assertThat(articles.stream().collect(Collectors.groupingBy(DemoArticle::event,
                Collectors.mapping(DemoArticle::outlet, Collectors.toSet()))).values())
                .allSatisfy(outlets -> assertThat(outlets).hasSizeGreaterThanOrEqualTo(3));
        // Published times are the start minute minus each article's age: the newest is 3 hours old.
        assertThat(articles.getFirst().published()).isEqualTo(Instant.parse("2026-03-14T15:00:00Z"));
        assertThat(articles.getLast().published()).isEqualTo(Instant.parse("2026-03-10T18:00:00Z"));
    }

    @Test
    void republishesTheWireStoryInThreeOtherOutlets() {
        URI original = network.baseUrl().resolve("/meridian-wire/stories/castrana-earthquake-kills-14");
        List<DemoArticle> copies = network.articles().stream().filter(a -> original.equals(a.republishedFrom())).toList();
        assertThat(copies).extracting(DemoArticle::outlet)
                .containsExactlyInAnyOrder("The Harbor Times", "Northfield Ledger", "Valley Dispatch");
        assertThat(copies).extracting(DemoArticle::title).doesNotContain(
                "Strong earthquake kills at least 14 in Castrana’s Oruna Highlands");

        String wireText = Jsoup.parse(http.text(original)).select(".story-text").text();
        for (DemoArticle copy : copies) {
            Document page = Jsoup.parse(http.text(copy.url()));
            String canonical = page.select("link[rel=canonical]").attr("href");
            String note = page.select("p:contains(Originally published by)").text();
            assertThat(canonical.isEmpty() && note.isEmpty()).as(copy.outlet()).isFalse();
            assertThat(page.text()).as(copy.outlet()).contains("Interior Minister Aurel Benedek told reporters");
        }
        assertThat(wireText).contains("(Reporting by Lidia Orlov; editing by Sam Whitford)");
        Document harbor = Jsoup.parse(http.text(copies.stream()
                .filter(c -> c.outlet().equals("The Harbor Times")).findFirst().orElseThrow().url()));
        assertThat(harbor.select("link[rel=canonical]").attr("href")).isEqualTo(original.toString());
        assertThat(harbor.select(".byline").text()).isEqualTo("By Meridian Wire staff");
        assertThat(harbor.select(".story-body").text()).doesNotContain("1987");
    }

    @Test
    void disallowsTheMembersArticleInRobotsTxtYetServesItAndPutsItsFullTextInTheFeed() throws Exception {
        List<String> disallowed = http.text(network.baseUrl().resolve("/robots.txt")).lines()
                .filter(l -> l.startsWith("Disallow:")).map(l -> l.substring("Disallow:".length()).strip()).toList();
        List<DemoArticle> blocked = network.articles().stream()
                .filter(a -> disallowed.stream().anyMatch(a.url().getPath()::startsWith)).toList();
        assertThat(blocked).extracting(DemoArticle::title)
                .containsExactly("What the county knew: inspections flagged the Millrace Bridge for six years");
        assertThat(blocked.getFirst().disallowedByRobots()).isTrue();
        assertThat(http.get(blocked.getFirst().url()).statusCode()).isEqualTo(200);

        SyndFeed feed = parse(http.get(network.baseUrl().resolve("/valley-dispatch/feeds/latest.xml")).body());
        SyndEntry entry = feed.getEntries().stream()
                .filter(e -> e.getLink().equals(blocked.getFirst().url().toString())).findFirst().orElseThrow();
        String content = entry.getContents().getFirst().getValue();
        assertThat(content).contains("I should have told them louder.").contains("<h2>The 2019 report</h2>");
        long withContent = feed.getEntries().stream().filter(e -> !e.getContents().isEmpty()).count();
        assertThat(withContent).isEqualTo(1);
    }

    @Test
    void correctsTheLedgerArticleAfterItsFirstFetchAndMovesItsAtomUpdatedTime() throws Exception {
        URI atom = network.subscriptions().get(1);
        URI page = network.baseUrl().resolve("/northfield-ledger/local/council-approves-budget");
        assertThat(atomUpdated(atom, page.toString())).isEqualTo(Instant.parse("2026-03-13T12:00:00Z"));

        clock.advance(Duration.ofMinutes(10));
        String first = Jsoup.parse(http.text(page)).select(".article-body").text();
        assertThat(first).contains("by a vote of 7–2").doesNotContain("6–3");
        assertThat(atomUpdated(atom, page.toString())).isEqualTo(Instant.parse("2026-03-14T18:10:30Z"));

        clock.advance(Duration.ofMinutes(5));
        Document second = Jsoup.parse(http.text(page));
        assertThat(second.select(".article-body").text()).contains("by a vote of 6–3").doesNotContain("7–2");
        assertThat(second.select(".editors-note").text()).startsWith("Correction: An earlier version of this "
                + "article misstated the result of the council vote. The budget passed by a vote of 6–3, not 7–2.");
        assertThat(Jsoup.parse(http.text(page)).select(".editors-note")).hasSize(1);
        assertThat(atomUpdated(atom, page.toString())).isEqualTo(Instant.parse("2026-03-14T18:10:30Z"));
    }

    @Test
    void answersConditionalFeedRequestsWith304UntilTheFeedChanges() {
        for (URI feed : network.subscriptions().subList(0, 3)) {
            HttpResponse<byte[]> first = http.get(feed);
            String etag = first.headers().firstValue("ETag").orElseThrow();
            String modified = first.headers().firstValue("Last-Modified").orElseThrow();
            assertThat(http.get(feed, "If-None-Match", etag).statusCode()).as(feed.toString()).isEqualTo(304);
            assertThat(http.get(feed, "If-Modified-Since", modified).statusCode()).as(feed.toString()).isEqualTo(304);
            assertThat(http.get(feed, "If-None-Match", "\"stale\"").statusCode()).as(feed.toString()).isEqualTo(200);
        }
        URI atom = network.subscriptions().get(1);
        String etag = http.get(atom).headers().firstValue("ETag").orElseThrow();
        http.text(network.baseUrl().resolve("/northfield-ledger/local/council-approves-budget"));
        HttpResponse<byte[]> afterCorrection = http.get(atom, "If-None-Match", etag);
        assertThat(afterCorrection.statusCode()).isEqualTo(200);
        assertThat(afterCorrection.headers().firstValue("Last-Modified")).contains("Sat, 14 Mar 2026 18:00:30 GMT");
    }

    @Test
    void servesLeadImagesAsPngWithCaptionAndCredit() {
        URI page = network.baseUrl().resolve("/harbor-times/news/dockworkers-walk-off-the-job.html");
        Document doc = Jsoup.parse(http.text(page));
        assertThat(doc.select("figure figcaption").text()).isEqualTo(
                "Pickets gather at Gate 4 of the Harbor City Container Terminal at dawn. "
                        + "Photo: Daniel Yoon/The Harbor Times");
        assertThat(doc.select("figcaption .credit").text()).isEqualTo("Photo: Daniel Yoon/The Harbor Times");
        String image = doc.select("meta[property=og:image]").attr("content");
        assertThat(doc.select("figure img").attr("src")).isEqualTo(image);
        HttpResponse<byte[]> png = http.get(URI.create(image));
        assertThat(png.headers().firstValue("Content-Type")).contains("image/png");
        assertThat(png.body()).startsWith(0x89, 'P', 'N', 'G');
    }

    @Test
    void marksUpEachOutletWithItsOwnKindOfMetadata() {
        Document harbor = Jsoup.parse(http.text(url("/harbor-times/news/port-talks-to-resume.html")));
        assertThat(harbor.select("meta[property=article:section]").attr("content")).isEqualTo("Business");
        assertThat(harbor.select("meta[property=article:tag]").eachAttr("content"))
                .containsExactly("Port of Harbor City", "Strike", "Labour", "Local 14", "Mediation");
        Document ledger = Jsoup.parse(http.text(url("/northfield-ledger/science/enzyme-nfu7-breakthrough")));
        assertThat(ledger.select("script[type=application/ld+json]").html()).contains("\"@type\":\"NewsArticle\"")
                .contains("\"articleSection\":\"Science\"");
        Document wire = Jsoup.parse(http.text(url("/meridian-wire/stories/plastic-eating-enzyme")));
        assertThat(wire.select("meta[name=keywords]").attr("content"))
                .isEqualTo("Science, Plastic pollution, Recycling, University of Northfield");
        assertThat(wire.select("meta[property^=og:]")).isEmpty();
        Document valley = Jsoup.parse(http.text(url("/valley-dispatch/weather/heat-warning-valley/")));
        assertThat(valley.select("meta[property=og:title]").attr("content"))
                .isEqualTo("Heat warning issued as valley braces for 40-degree days");
    }

    @Test
    void wrapsEveryArticleInRealisticBoilerplate() {
        for (DemoArticle article : network.articles()) {
            String text = Jsoup.parse(http.text(article.url())).text();
            assertThat(text).as(article.url().toString()).contains(
                    "No comments yet. Be the first to comment.", "Download our app", "Related articles",
                    "Advertisement", "Accept all", "Share this article", "Subscribe", "Privacy policy");
        }
    }

    @Test
    void keepsQuotesAsWrittenInArticleText() {
        String html = http.text(url("/harbor-times/news/dockworkers-walk-off-the-job.html"));
        assertThat(html).contains("“We will not be moved,” Local 14 president Ray Castellano told a crowd")
                .contains("\"Nobody in this city wins a long strike,\" she said.");
    }

    @Test
    void doesNotCountAHeadRequestAsAReading() {
        URI page = url("/northfield-ledger/local/council-approves-budget");
        assertThat(http.head(page)).isEqualTo(200);
        assertThat(Jsoup.parse(http.text(page)).select(".article-body").text()).contains("by a vote of 7–2");
    }

    @Test
    void refusesToStartOnAPortInUse() {
        int taken = network.baseUrl().getPort();
        assertThatThrownBy(() -> DemoNetwork.start(taken))
                .isInstanceOfSatisfying(DemoNetworkException.class,
                        e -> assertThat(e.reason()).isEqualTo(DemoNetworkException.Reason.CANNOT_LISTEN))
                .hasMessageStartingWith("cannot listen on 127.0.0.1:" + taken);
    }

    @Test
    void answers404ForAnUnknownPage() {
        assertThat(http.get(url("/harbor-times/news/no-such-story.html")).statusCode()).isEqualTo(404);
    }

    private URI url(String path) {
        return network.baseUrl().resolve(path);
    }

    private List<String> entryLinks() throws Exception {
        List<String> links = new java.util.ArrayList<>();
        for (URI feed : List.of(url("/harbor-times/rss.xml"), url("/northfield-ledger/feed.atom"),
                url("/valley-dispatch/feeds/latest.xml"))) {
            parse(http.get(feed).body()).getEntries().forEach(e -> links.add(e.getLink()));
        }
        var json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(http.text(url("/meridian-wire/feed.json")));
        assertThat(json.get("version").asText()).isEqualTo("https://jsonfeed.org/version/1.1");
        json.get("items").forEach(item -> links.add(item.get("url").asText()));
        return links;
    }

    private Instant atomUpdated(URI atom, String link) throws Exception {
        SyndEntry entry = parse(http.get(atom).body()).getEntries().stream()
                .filter(e -> e.getLink().equals(link)).findFirst().orElseThrow();
        return entry.getUpdatedDate().toInstant();
    }

    private static SyndFeed parse(byte[] xml) throws Exception {
        return new SyndFeedInput().build(new XmlReader(new ByteArrayInputStream(xml)));
    }
}
