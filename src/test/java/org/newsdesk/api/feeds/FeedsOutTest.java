package org.newsdesk.api.feeds;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.app.TestNewsdesk;
import org.newsdesk.domain.Article;
import org.newsdesk.domain.ArticleFilter;
import org.newsdesk.domain.Feed;
import org.newsdesk.domain.FeedFormat;
import org.newsdesk.domain.Reader;
import org.newsdesk.domain.Role;
import org.newsdesk.domain.SavedSearch;
import org.newsdesk.domain.Source;
import org.newsdesk.feed.FeedParser;
import org.newsdesk.readers.Accounts;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Feeds out from a real Newsdesk with the demo network, read back with Rome, the DOM and our own parser. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FeedsOutTest {
    @TempDir
    static Path folder;

    private final HttpClient http = HttpClient.newHttpClient();
    private TestNewsdesk server;
    private Reader admin;
    private Reader ana;
    private String anasKey;

    @BeforeAll
    void start() {
        server = TestNewsdesk.start(folder, TestNewsdesk.Store.SQLITE);
        admin = server.accounts().create("Admin", "correct horse", Role.ADMIN);
        ana = server.accounts().create("Ana", "correct horse", Role.MEMBER);
        anasKey = server.appPasswords().create(ana, "Feeds").secret();
    }

    @AfterAll
    void stop() {
        server.close();
    }

    private HttpResponse<byte[]> get(String path, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.baseUrl() + path));
        if (headers.length > 0) request.headers(headers);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private byte[] fetch(String path) throws Exception {
        HttpResponse<byte[]> response = get(path, "Authorization", "Basic " + Base64.getEncoder()
                .encodeToString(("Ana:" + anasKey).getBytes(StandardCharsets.UTF_8)));
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return response.body();
    }

    private static SyndFeed rome(byte[] body) throws Exception {
        return new SyndFeedInput().build(new InputStreamReader(new ByteArrayInputStream(body), StandardCharsets.UTF_8));
    }

    private static Document dom(byte[] body) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(body));
    }

    private static String child(Element parent, String name) {
        NodeList nodes = parent.getElementsByTagNameNS("*", name);
        return nodes.getLength() == 0 ? "" : nodes.item(0).getTextContent();
    }

    @Test
    void aPrivateNewsdeskAsksForCredentials() throws Exception {
        HttpResponse<byte[]> anonymous = get("/feeds/front/rss");
        HttpResponse<byte[]> wrongKey = get("/feeds/front/rss?key=wrong");
        HttpResponse<byte[]> signInPassword = get("/feeds/front/atom", "Authorization", "Basic "
                + Base64.getEncoder().encodeToString("Ana:correct horse".getBytes(StandardCharsets.UTF_8)));

        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("WWW-Authenticate")).contains(FeedAccess.CHALLENGE);
        assertThat(wrongKey.statusCode()).isEqualTo(401);
        assertThat(signInPassword.statusCode()).isEqualTo(401);
        assertThat(get("/feeds/front/json?key=" + anasKey).statusCode()).isEqualTo(200);
        String session = server.accounts().signIn("Ana", "correct horse", "127.0.0.1", null).token();
        assertThat(get("/feeds/front/rss", "Cookie", Accounts.SESSION_COOKIE + "=" + session).statusCode()).isEqualTo(200);
    }

    @Test
    void publicModeOpensTheSharedFeedsButNotSavedSearches() throws Exception {
        SavedSearch search = server.savedSearches().save(ana, "Anything", "the");
        server.accounts().setPublicMode(admin, true);
        try {
            assertThat(get("/feeds/front/rss").statusCode()).isEqualTo(200);
            assertThat(get("/feeds/search/" + search.id() + "/rss").statusCode()).isEqualTo(401);
        } finally {
            server.accounts().setPublicMode(admin, false);
        }
        assertThat(get("/feeds/front/rss").statusCode()).isEqualTo(401);
    }

    @Test
    void theFrontPageInRssHasEveryRequiredElement() throws Exception {
        HttpResponse<byte[]> response = get("/feeds/front/rss?key=" + anasKey);
        List<Article> newest = server.listing().list(ArticleFilter.ALL, FeedRoutes.ITEMS, null);

        SyndFeed feed = rome(response.body());
        Element channel = (Element) dom(response.body()).getElementsByTagName("channel").item(0);

        assertThat(response.headers().firstValue("Content-Type")).contains("application/rss+xml; charset=utf-8");
        assertThat(feed.getFeedType()).isEqualTo("rss_2.0");
        assertThat(feed.getTitle()).isEqualTo("Newsdesk: front page");
        assertThat(child(channel, "link")).isEqualTo(server.baseUrl() + "/");
        assertThat(child(channel, "description")).isEqualTo("The newest articles on Newsdesk");
        assertThat(feed.getEntries()).extracting(SyndEntry::getTitle)
                .containsExactlyElementsOf(newest.stream().map(Article::title).toList());
        SyndEntry first = feed.getEntries().getFirst();
        assertThat(first.getLink()).isEqualTo(newest.getFirst().url());
        assertThat(first.getUri()).isEqualTo("urn:newsdesk:article:" + newest.getFirst().id());
        assertThat(first.getDescription().getValue()).isEqualTo(OutgoingItem.summary(newest.getFirst())).isNotBlank();
        assertThat(first.getContents().getFirst().getValue()).isEqualTo(newest.getFirst().content().bodyHtml());
        assertThat(first.getPublishedDate().toInstant()).isEqualTo(newest.getFirst().shownAt());
    }

    @Test
    void eachSourceInAtomHasEveryRequiredElement() throws Exception {
        for (Source source : server.sources().list()) {
            byte[] body = fetch("/feeds/source/" + source.id() + "/atom");
            List<Article> expected = server.listing().list(ArticleFilter.source(source.id()), FeedRoutes.ITEMS, null);

            SyndFeed feed = rome(body);
            Element root = dom(body).getDocumentElement();

            assertThat(feed.getFeedType()).isEqualTo("atom_1.0");
            assertThat(root.getLocalName()).isEqualTo("feed");
            assertThat(root.getNamespaceURI()).isEqualTo("http://www.w3.org/2005/Atom");
            assertThat(child(root, "id")).isEqualTo(server.baseUrl() + "/feeds/source/" + source.id() + "/atom");
            assertThat(child(root, "title")).isEqualTo("Newsdesk: " + source.title());
            assertThat(child(root, "updated")).isNotBlank();
            assertThat(child((Element) root.getElementsByTagNameNS("*", "author").item(0), "name")).isEqualTo("Newsdesk");
            NodeList entries = root.getElementsByTagNameNS("*", "entry");
            assertThat(entries.getLength()).isEqualTo(expected.size()).isPositive();
            for (int i = 0; i < entries.getLength(); i++) {
                Element entry = (Element) entries.item(i);
                assertThat(child(entry, "id")).isEqualTo("urn:newsdesk:article:" + expected.get(i).id());
                assertThat(child(entry, "title")).isEqualTo(expected.get(i).title());
                assertThat(child(entry, "updated")).isNotBlank();
                assertThat(child(entry, "summary")).isNotBlank();
            }
            assertThat(feed.getEntries().getFirst().getLink()).isEqualTo(expected.getFirst().url());
        }
    }

    @Test
    void theJsonFeedIsVersionOnePointOneWithIdsAndContent() throws Exception {
        byte[] body = fetch("/feeds/front/json");
        JsonNode json = new ObjectMapper().readTree(body);
        Feed parsed = new FeedParser().parse(body, "application/feed+json", URI.create(server.baseUrl() + "/feeds/front/json"));
        List<Article> newest = server.listing().list(ArticleFilter.ALL, FeedRoutes.ITEMS, null);

        assertThat(json.get("version").asText()).isEqualTo("https://jsonfeed.org/version/1.1");
        assertThat(json.get("title").asText()).isEqualTo("Newsdesk: front page");
        assertThat(json.get("feed_url").asText()).isEqualTo(server.baseUrl() + "/feeds/front/json");
        assertThat(json.get("items")).hasSize(newest.size()).allSatisfy(item -> {
            assertThat(item.get("id").asText()).startsWith("urn:newsdesk:article:");
            assertThat(item.get("content_html").asText()).isNotBlank();
            assertThat(item.get("summary").asText()).isNotBlank();
            assertThat(item.get("url").asText()).startsWith("http://127.0.0.1:");
        });
        assertThat(parsed.format()).isEqualTo(FeedFormat.JSON_FEED);
        assertThat(parsed.entries()).extracting(e -> e.title())
                .containsExactlyElementsOf(newest.stream().map(Article::title).toList());
    }

    @Test
    void aCategoryAndATagFeedHoldWhatTheirPagesList() throws Exception {
        List<Article> all = server.articles().newest(1000, null);
        String category = all.stream().flatMap(a -> a.categories().stream()).findFirst().orElseThrow();
        String tag = all.stream().flatMap(a -> a.content().tags().stream()).findFirst().orElseThrow();

        SyndFeed byCategory = rome(fetch("/feeds/category/" + FeedResponder.path(category) + "/rss"));
        SyndFeed byTag = rome(fetch("/feeds/tag/" + FeedResponder.path(tag.toUpperCase()) + "/atom"));

        assertThat(byCategory.getEntries()).extracting(SyndEntry::getUri).containsExactlyElementsOf(uris(
                server.listing().list(ArticleFilter.category(category), FeedRoutes.ITEMS, null))).isNotEmpty();
        assertThat(byCategory.getEntries()).extracting(SyndEntry::getUri).containsAll(uris(all.stream()
                .filter(a -> a.categories().contains(category)).limit(FeedRoutes.ITEMS).toList()));
        assertThat(byTag.getEntries()).extracting(SyndEntry::getUri).containsExactlyElementsOf(uris(
                server.listing().list(ArticleFilter.tag(tag), FeedRoutes.ITEMS, null))).isNotEmpty();
        assertThat(byCategory.getLink()).isEqualTo(server.baseUrl() + "/categories/" + FeedResponder.path(category));
        assertThat(rome(fetch("/feeds/category/No%20such%20category/rss")).getEntries()).isEmpty();
    }

    private static List<String> uris(List<Article> articles) {
        return articles.stream().map(a -> "urn:newsdesk:article:" + a.id()).toList();
    }

    @Test
    void aSavedSearchFeedIsItsOwnersOnly() throws Exception {
        Article any = server.articles().newest(1, null).getFirst();
        String word = any.title().split(" ")[0];
        SavedSearch search = server.savedSearches().save(ana, "Mine " + word, "\"" + any.title() + "\"");
        Reader ben = server.accounts().create("Ben", "correct horse", Role.MEMBER);
        String bensKey = server.appPasswords().create(ben, "Feeds").secret();

        SyndFeed feed = rome(fetch("/feeds/search/" + search.id() + "/atom"));

        assertThat(feed.getTitle()).isEqualTo("Newsdesk: Mine " + word);
        assertThat(feed.getEntries()).extracting(SyndEntry::getUri).contains("urn:newsdesk:article:" + any.id());
        assertThat(get("/feeds/search/" + search.id() + "/atom?key=" + bensKey).statusCode()).isEqualTo(404);
        assertThat(get("/feeds/search/" + search.id() + "/atom").statusCode()).isEqualTo(401);
    }

    @Test
    void servesAStorysFeedAndNotFoundForUnknownStoriesAndFormats() throws Exception {
        // A story's key is the id of the article that started it: some of the demo's first articles started one.
        SyndFeed story = null;
        for (int id = 1; id <= server.demoArticleCount() && story == null; id++) {
            if (get("/feeds/story/" + id + "/rss?key=" + anasKey).statusCode() == 200) story = rome(fetch("/feeds/story/" + id + "/rss"));
        }
        assertThat(story).isNotNull();
        assertThat(story.getEntries()).isNotEmpty();
        assertThat(get("/feeds/story/999999/rss?key=" + anasKey).statusCode()).isEqualTo(404);
        assertThat(get("/feeds/front/xml?key=" + anasKey).statusCode()).isEqualTo(404);
        assertThat(get("/feeds/source/999999/rss?key=" + anasKey).statusCode()).isEqualTo(404);
        assertThat(Objects.requireNonNull(StoryFeeds.NONE.story(1, 10))).isEmpty();
    }
}
