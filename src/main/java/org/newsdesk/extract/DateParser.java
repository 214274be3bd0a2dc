package org.newsdesk.extract;

import java.text.ParsePosition;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads the many ways pages write a date. A time without a zone is taken as UTC; a date without a time as midnight
 * UTC. Stateless and thread-safe.
 */
final class DateParser {
    private static final Pattern LABEL = Pattern.compile("(?i)^(published|updated|posted|on)[: ]+");
    private static final Pattern ORDINAL = Pattern.compile("(\\d)(st|nd|rd|th)\\b");
    private static final Pattern AM = Pattern.compile("(?i)\\b(a\\.m\\.|am\\b)");
    private static final Pattern PM = Pattern.compile("(?i)\\b(p\\.m\\.|pm\\b)");
    private static final Pattern SEPT = Pattern.compile("(?i)\\bsept\\b");
    private static final Instant EARLIEST = Instant.parse("1990-01-01T00:00:00Z");
    private static final Instant LATEST = Instant.parse("2100-01-01T00:00:00Z");


    private static final Pattern ISO_LIKE = Pattern.compile(
            "(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[T ](\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,](\\d{1,9}))?)?)?"
            + "\\s*(?<zone>Z|UTC|GMT|[+-]\\d{2}:?\\d{2}|[+-]\\d{2})?");
    private static final Pattern SLASHED = Pattern.compile("(\\d{4})/(\\d{1,2})/(\\d{1,2})");
    private static final Pattern EPOCH = Pattern.compile("\\d{10}|\\d{13}");
    private static final Pattern URL_DATE = Pattern.compile("/((?:19|20)\\d{2})[/-](\\d{1,2})[/-](\\d{1,2})(?:/|-|$)");
    private static final List<DateTimeFormatter> TEXTUAL = List.of(
            DateTimeFormatter.RFC_1123_DATE_TIME,
            formatter("EEE, d MMM yyyy HH:mm[:ss] [z][Z][X]"),
            formatter("MMMM d[,] yyyy[ h:mm[:ss][ ]a][ z]"),
            formatter("MMM d[,] yyyy[ h:mm[:ss][ ]a][ z]"),
            formatter("MMM. d[,] yyyy[ h:mm[:ss][ ]a][ z]"),
            formatter("d MMMM yyyy[ HH:mm[:ss]][ z]"),
            formatter("d MMM yyyy[ HH:mm[:ss]][ z]"),
            formatter("EEEE, MMMM d, yyyy"),
            formatter("EEEE d MMMM yyyy"));

    private DateParser() {
    }

    static @Nullable Instant parse(@Nullable String raw) {
        if (raw == null) return null;
        String s = Text.normalize(raw);
        if (s.isEmpty() || s.length() > 80) return null;
        try {
            Instant iso = isoLike(s);
            if (iso != null) return plausible(iso);
            if (EPOCH.matcher(s).matches()) {
                long v = Long.parseLong(s);
                return plausible(s.length() == 13 ? Instant.ofEpochMilli(v) : Instant.ofEpochSecond(v));
            }
            return plausible(textual(s));
        } catch (DateTimeException | ArithmeticException | NumberFormatException e) {
            return null;
        }
    }

    /** A date written in a URL path such as {@code /2019/11/19/}, as midnight UTC. */
    static @Nullable Instant fromUrl(String url) {
        Matcher m = URL_DATE.matcher(url);
        if (!m.find()) return null;
        try {
            return plausible(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3))).atStartOfDay(ZoneOffset.UTC).toInstant());
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static @Nullable Instant isoLike(String s) {
        Matcher m = ISO_LIKE.matcher(s);
        if (!m.lookingAt()) {
            Matcher slashed = SLASHED.matcher(s);
            if (!slashed.lookingAt()) return null;
            return LocalDate.of(Integer.parseInt(slashed.group(1)), Integer.parseInt(slashed.group(2)),
                    Integer.parseInt(slashed.group(3))).atStartOfDay(ZoneOffset.UTC).toInstant();
        }
        LocalDate date = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                Integer.parseInt(m.group(3)));
        if (m.group(4) == null) return date.atStartOfDay(ZoneOffset.UTC).toInstant();
        LocalDateTime time = date.atTime(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)),
                m.group(6) == null ? 0 : Integer.parseInt(m.group(6)));
        if (m.group(7) != null) time = time.withNano(Integer.parseInt((m.group(7) + "00000000").substring(0, 9)));
        if (s.length() > m.end() && m.group("zone") == null) {
            Instant named = fullIso(s);
            if (named != null) return named;
        }
        return time.toInstant(offset(m.group("zone")));
    }

    private static @Nullable Instant fullIso(String s) {
        try {
            return OffsetDateTime.parse(s).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return ZonedDateTime.parse(s).toInstant();
            } catch (DateTimeParseException e2) {
                return null;
            }
        }
    }

    private static ZoneOffset offset(@Nullable String zone) {
        if (zone == null || zone.equals("Z") || zone.equals("UTC") || zone.equals("GMT")) return ZoneOffset.UTC;
        String z = zone.length() == 3 ? zone + ":00" : zone;
        if (z.length() == 5) z = z.substring(0, 3) + ":" + z.substring(3);
        return ZoneOffset.of(z);
    }

    private static @Nullable Instant textual(String s) {
        if (!Character.isLetter(s.charAt(0)) && !Character.isDigit(s.charAt(0))) return null;
        String cleaned = LABEL.matcher(s).replaceAll("");
        cleaned = ORDINAL.matcher(cleaned).replaceAll("$1").replace(" at ", " ").replace(" - ", " ");
        cleaned = SEPT.matcher(PM.matcher(AM.matcher(cleaned).replaceAll("AM")).replaceAll("PM")).replaceAll("Sep");
        for (DateTimeFormatter f : TEXTUAL) {
            // the first step of parse() without its exception: a layout that does not fit is passed over without
            // building one (and its stack trace)
            ParsePosition at = new ParsePosition(0);
            if (f.parseUnresolved(cleaned, at) == null || at.getIndex() < cleaned.length()) continue;
            try {
                TemporalAccessor t = f.parse(cleaned);
                return toInstant(t);
            } catch (DateTimeParseException e) {
                // try the next layout
            }
        }
        return null;
    }

    private static Instant toInstant(TemporalAccessor t) {
        LocalDate date = LocalDate.of(t.get(ChronoField.YEAR), t.get(ChronoField.MONTH_OF_YEAR),
                t.get(ChronoField.DAY_OF_MONTH));
        LocalDateTime time = t.isSupported(ChronoField.HOUR_OF_DAY)
                ? date.atTime(t.get(ChronoField.HOUR_OF_DAY), t.get(ChronoField.MINUTE_OF_HOUR))
                : date.atStartOfDay();
        if (t.isSupported(ChronoField.OFFSET_SECONDS)) {
            return time.toInstant(ZoneOffset.ofTotalSeconds(t.get(ChronoField.OFFSET_SECONDS)));
        }
        try {
            return ZonedDateTime.of(time, java.time.ZoneId.from(t)).toInstant();
        } catch (DateTimeException e) {
            return time.toInstant(ZoneOffset.UTC);
        }
    }

    private static @Nullable Instant plausible(@Nullable Instant i) {
        if (i == null) return null;
        return i.isAfter(EARLIEST) && i.isBefore(LATEST) ? i : null;
    }

    private static DateTimeFormatter formatter(String pattern) {
        return new DateTimeFormatterBuilder().parseCaseInsensitive().parseLenient().appendPattern(pattern)
                .toFormatter(Locale.ENGLISH);
    }
}
