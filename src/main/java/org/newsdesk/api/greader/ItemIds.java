package org.newsdesk.api.greader;

import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;

/**
 * Item ids as Google Reader spells them: decimal in id listings ({@code "1234"}, negative past 2^63), and as a
 * 16-digit hexadecimal number, bare ({@code "00000000000004d2"}) or in the long form
 * ({@code "tag:google.com,2005:reader/item/00000000000004d2"}). Apps send back whichever they were given.
 */
final class ItemIds {
    static final String LONG_PREFIX = "tag:google.com,2005:reader/item/";

    private ItemIds() {}

    /** The article id an item id names; empty for something that is not an item id. */
    static Optional<Long> parse(String id) {
        String value = id.strip();
        try {
            if (value.regionMatches(true, 0, LONG_PREFIX, 0, LONG_PREFIX.length())) {
                return Optional.of(Long.parseUnsignedLong(value.substring(LONG_PREFIX.length()), 16));
            }
            // Sixteen digits is the padded hexadecimal form: decimal ids that long would be past 10^15 articles.
            if (value.length() == 16 && isHex(value)) return Optional.of(Long.parseUnsignedLong(value, 16));
            if (value.matches("-?\\d{1,20}")) return Optional.of(Long.parseLong(value));
            if (isHex(value) && value.length() < 16) return Optional.of(Long.parseUnsignedLong(value, 16));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    static String longForm(long id) {
        return LONG_PREFIX + hex(id);
    }

    static String hex(long id) {
        return HexFormat.of().toHexDigits(id);
    }

    static String decimal(long id) {
        return Long.toString(id);
    }

    private static boolean isHex(String value) {
        if (value.isEmpty()) return false;
        for (char c : value.toLowerCase(Locale.ROOT).toCharArray()) {
            if (Character.digit(c, 16) < 0) return false;
        }
        return true;
    }
}
