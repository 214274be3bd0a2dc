package org.newsdesk.demo;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.util.List;

/** JSON Feed 1.1: the wire's items carry a teaser (the standfirst and first paragraph), not the full story. */
record JsonFeed(Outlet outlet, URI base, ObjectMapper json) implements FeedDocument {

    @Override
    public String contentType() {
        return "application/feed+json; charset=utf-8";
    }

    @Override
    public String render(List<Edition> entries) {
        ObjectNode feed = json.createObjectNode();
        feed.put("version", "https://jsonfeed.org/version/1.1");
        feed.put("title", outlet.title);
        feed.put("home_page_url", base.resolve(outlet.homePath()).toString());
        feed.put("feed_url", base.resolve(outlet.feedPath()).toString());
        feed.put("description", outlet.tagline);
        feed.put("language", "en");
        feed.putArray("authors").addObject().put("name", outlet.title);
        ArrayNode items = feed.putArray("items");
        for (Edition e : entries) item(items.addObject(), e);
        try {
            return json.writerWithDefaultPrettyPrinter().writeValueAsString(feed);
        } catch (JsonProcessingException e) {
            throw new DemoNetworkException(DemoNetworkException.Reason.BROKEN_CONTENT, "cannot write the JSON feed of " + outlet.title, e);
        }
    }

    private static void item(ObjectNode item, Edition e) {
        Story story = e.story();
        Manuscript m = story.manuscript();
        item.put("id", story.url().toString());
        item.put("url", story.url().toString());
        item.put("title", m.title());
        item.put("summary", m.standfirst());
        String lead = e.paragraphs().isEmpty() ? "" : Html.block(e.paragraphs().getFirst());
        item.put("content_html", lead);
        if (story.imageUrl() != null) item.put("image", story.imageUrl().toString());
        item.put("date_published", story.published().toString());
        item.put("date_modified", e.lastChanged().toString());
        item.putArray("authors").addObject().put("name", m.author());
        ArrayNode tags = item.putArray("tags").add(m.section());
        m.tags().forEach(tags::add);
    }
}
