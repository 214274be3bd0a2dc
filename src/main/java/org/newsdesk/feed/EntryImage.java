package org.newsdesk.feed;

import com.rometools.rome.feed.synd.SyndEnclosure;
import com.rometools.rome.feed.synd.SyndEntry;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jdom2.Element;
import org.jspecify.annotations.Nullable;

/**
 * Finds the image a feed entry offers: Media RSS content or thumbnail (also inside a media:group), else an image
 * enclosure. Rome's core leaves Media RSS as foreign markup, so it is read from the elements here. Thread-safe.
 */
final class EntryImage {

    private static final Pattern IMAGE_PATH =
            Pattern.compile(".*\\.(jpe?g|png|gif|webp|avif)$", Pattern.CASE_INSENSITIVE);

    private EntryImage() {}

    static @Nullable String find(SyndEntry entry, URI base) {
        String media = fromMedia(entry.getForeignMarkup(), base);
        if (media != null) return media;
        for (SyndEnclosure enclosure : entry.getEnclosures()) {
            if (isImageType(enclosure.getType())) {
                URI url = LinkResolver.resolveHttp(base, enclosure.getUrl());
                if (url != null) return url.toString();
            }
        }
        return null;
    }

    private static @Nullable String fromMedia(List<Element> markup, URI base) {
        String thumbnail = null;
        for (Element element : markup) {
            if (!isMedia(element)) continue;
            switch (element.getName()) {
                case "content" -> {
                    String url = imageContent(element, base);
                    if (url != null) return url;
                }
                case "thumbnail" -> {
                    if (thumbnail == null) thumbnail = url(element, base);
                }
                case "group" -> {
                    String url = fromMedia(element.getChildren(), base);
                    if (url != null) return url;
                }
                default -> { }
            }
        }
        return thumbnail;
    }

    private static @Nullable String imageContent(Element content, URI base) {
        String medium = content.getAttributeValue("medium");
        String type = content.getAttributeValue("type");
        boolean image = "image".equalsIgnoreCase(medium) || isImageType(type);
        if (!image && medium == null && type == null) {
            String url = content.getAttributeValue("url");
            image = url != null && IMAGE_PATH.matcher(stripQuery(url)).matches();
        }
        if (image) return url(content, base);
        // A video's media:content often carries the image to show for it.
        for (Element child : content.getChildren()) {
            if (isMedia(child) && child.getName().equals("thumbnail")) return url(child, base);
        }
        return null;
    }

    private static @Nullable String url(Element element, URI base) {
        URI url = LinkResolver.resolveHttp(base, element.getAttributeValue("url"));
        return url == null ? null : url.toString();
    }

    private static boolean isMedia(Element element) {
        return element.getNamespaceURI().startsWith("http://search.yahoo.com/mrss");
    }

    private static boolean isImageType(@Nullable String type) {
        return type != null && type.toLowerCase(Locale.ROOT).startsWith("image/");
    }

    private static String stripQuery(String url) {
        int cut = url.indexOf('?');
        return cut < 0 ? url : url.substring(0, cut);
    }
}
