package org.newsdesk.fetch;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The rules of one robots.txt for one crawler (RFC 9309): the groups naming the crawler's product token, else the
 * {@code *} groups; the longest matching {@code Allow}/{@code Disallow} pattern decides, {@code Allow} winning a
 * tie; {@code *} matches any run of characters and a final {@code $} anchors the end. Immutable and thread-safe.
 */
final class RobotsRules {

    private record Rule(boolean allow, String pattern) {
    }

    private static final RobotsRules ALLOW_ALL = new RobotsRules(List.of());

    private final List<Rule> rules;

    private RobotsRules(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** The rules when a site has no robots.txt. */
    static RobotsRules allowAll() {
        return ALLOW_ALL;
    }

    /** Reads a robots.txt for the crawler whose product token is given ("Newsdesk"), matched case-insensitively. */
    static RobotsRules parse(String text, String productToken) {
        List<Rule> ours = new ArrayList<>();
        List<Rule> anyone = new ArrayList<>();
        boolean groupIsOurs = false;
        boolean groupIsAnyone = false;
        boolean inRules = false;
        boolean namesUs = false; // a group naming us, even one without rules, means "*" does not apply
        for (String raw : text.split("\\R")) {
            int hash = raw.indexOf('#');
            String line = (hash < 0 ? raw : raw.substring(0, hash)).strip();
            int colon = line.indexOf(':');
            if (colon < 0) continue;
            String key = line.substring(0, colon).strip().toLowerCase(Locale.ROOT).replace(" ", "-");
            String value = line.substring(colon + 1).strip();
            if (key.equals("user-agent")) {
                if (inRules) {
                    groupIsOurs = false;
                    groupIsAnyone = false;
                    inRules = false;
                }
                String agent = agentToken(value);
                groupIsOurs |= agent.equalsIgnoreCase(productToken);
                namesUs |= groupIsOurs;
                groupIsAnyone |= agent.equals("*");
            } else if (key.equals("allow") || key.equals("disallow")) {
                inRules = true;
                if (value.isEmpty()) continue; // "Disallow:" with nothing allows everything: no rule
                Rule rule = new Rule(key.equals("allow"), normalize(value.startsWith("/") || value.startsWith("*")
                        ? value : "/" + value));
                if (groupIsOurs) ours.add(rule);
                if (groupIsAnyone) anyone.add(rule);
            }
        }
        return new RobotsRules(namesUs ? ours : anyone);
    }

    /** Whether a URL's raw path and query ({@code /news/a?id=1}) may be fetched. */
    boolean allows(String pathAndQuery) {
        String path = pathAndQuery.isEmpty() ? "/" : normalize(pathAndQuery);
        if (path.equals("/robots.txt")) return true;
        Rule best = null;
        for (Rule rule : rules) {
            if (!matches(rule.pattern(), path)) continue;
            if (best == null || rule.pattern().length() > best.pattern().length()
                    || rule.pattern().length() == best.pattern().length() && rule.allow()) {
                best = rule;
            }
        }
        return best == null || best.allow();
    }

    /** "Newsdesk/0.1 (+url)" names the product "Newsdesk": versions and comments are not part of the match. */
    private static String agentToken(String value) {
        int end = 0;
        while (end < value.length() && !Character.isWhitespace(value.charAt(end)) && value.charAt(end) != '/') end++;
        return value.substring(0, end);
    }

    /** Percent-encodes what is not printable ASCII and upper-cases escapes, so patterns and paths compare alike. */
    static String normalize(String text) {
        StringBuilder out = new StringBuilder(text.length());
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < bytes.length; i++) {
            int b = bytes[i] & 0xFF;
            if (b == '%' && i + 2 < bytes.length && isHex(bytes[i + 1]) && isHex(bytes[i + 2])) {
                out.append('%').append(Character.toUpperCase((char) bytes[i + 1]))
                        .append(Character.toUpperCase((char) bytes[i + 2]));
                i += 2;
            } else if (b <= 0x20 || b >= 0x7F) {
                out.append('%').append(String.format(Locale.ROOT, "%02X", b));
            } else {
                out.append((char) b);
            }
        }
        return out.toString();
    }

    private static boolean isHex(byte b) {
        return b >= '0' && b <= '9' || b >= 'a' && b <= 'f' || b >= 'A' && b <= 'F';
    }

    /**
     * Matches a pattern against the start of a path. Keeps every path position the pattern so far can end at, so
     * {@code *} costs no backtracking: time is pattern length times path length at worst.
     */
    static boolean matches(String pattern, String path) {
        boolean anchored = pattern.endsWith("$");
        String body = anchored ? pattern.substring(0, pattern.length() - 1) : pattern;
        int[] positions = new int[path.length() + 1];
        int count = 1;
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '*') {
                int from = positions[0];
                count = path.length() - from + 1;
                for (int k = 0; k < count; k++) positions[k] = from + k;
                continue;
            }
            int kept = 0;
            for (int k = 0; k < count; k++) {
                int at = positions[k];
                if (at < path.length() && path.charAt(at) == c) positions[kept++] = at + 1;
            }
            count = kept;
            if (count == 0) return false;
        }
        return !anchored || positions[count - 1] == path.length();
    }
}
