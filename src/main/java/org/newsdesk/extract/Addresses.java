package org.newsdesk.extract;

import org.jsoup.nodes.Element;

/**
 * Makes link and image addresses absolute. Most pages write them absolute or from the site's root, which need no
 * URL parser; only the rest go through jsoup's resolver. Stateless.
 */
final class Addresses {

    private Addresses() {
    }

    /** The attribute's value as an absolute address, or "" when it has none or it cannot be resolved. */
    static String absolute(Element e, String attribute) {
        String raw = e.attr(attribute);
        String v = raw.strip();
        if (v.isEmpty()) return "";
        if (v.startsWith("data:") && v.length() == raw.length() && noControl(v)) {
            // what jsoup's resolver gives back for it, without the JDK's URL parser, which finds no handler for
            // "data" and so searches the class path for one on every call
            return v;
        }
        if (v.regionMatches(true, 0, "https://", 0, 8) || v.regionMatches(true, 0, "http://", 0, 7)) {
            return v.indexOf(' ') < 0 && v.indexOf('\n') < 0 ? v : e.absUrl(attribute);
        }
        String base = e.baseUri();
        if (v.startsWith("//") && base.startsWith("https:")) return "https:" + v;
        if (v.startsWith("//") && base.startsWith("http:")) return "http:" + v;
        if (v.startsWith("/") && !v.startsWith("//") && v.indexOf(' ') < 0) {
            int origin = origin(base);
            if (origin > 0) return base.substring(0, origin) + v;
        }
        return e.absUrl(attribute);
    }

    private static boolean noControl(String v) {
        for (int i = 0; i < v.length(); i++) if (v.charAt(i) < ' ') return false;
        return true;
    }

    /** Where "scheme://host[:port]" ends in an http(s) address, or -1. */
    private static int origin(String base) {
        int start;
        if (base.startsWith("https://")) start = 8;
        else if (base.startsWith("http://")) start = 7;
        else return -1;
        int end = start;
        while (end < base.length() && base.charAt(end) != '/' && base.charAt(end) != '?' && base.charAt(end) != '#') {
            end++;
        }
        return end > start ? end : -1;
    }
}
