package org.newsdesk.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.zone.ZoneRules;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * Times as "Sunday 22 November 2026, 18:57 UTC" in one zone, the same text as the formatter of that pattern: an
 * article page shows six of them and the formatter took more time than reading them from the store. The day's
 * words and the zone's name are made by the formatter once each and remembered (the zone's name depends only on
 * whether summer time is in effect); hours and minutes are written here. Thread-safe.
 */
final class ExactTimes {

    static final String PATTERN = "EEEE d MMMM yyyy, HH:mm z";
    /** Days remembered; more are forgotten all at once (about eleven years of days). */
    private static final int MAX_DAYS = 4096;

    private final ZoneRules rules;
    private final DateTimeFormatter day;
    private final DateTimeFormatter zoneName;
    private final Map<LocalDate, String> days = new ConcurrentHashMap<>();
    private volatile @Nullable String standardName;
    private volatile @Nullable String summerName;

    ExactTimes(ZoneId zone) {
        this.rules = zone.getRules();
        // The pattern above, split where the hours and minutes go.
        this.day = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy, ").withZone(zone);
        this.zoneName = DateTimeFormatter.ofPattern(" z").withZone(zone);
    }

    String format(Instant time) {
        ZoneOffset offset = rules.getOffset(time);
        LocalDateTime local = LocalDateTime.ofEpochSecond(time.getEpochSecond(), time.getNano(), offset);
        String date = days.get(local.toLocalDate());
        if (date == null) {
            if (days.size() >= MAX_DAYS) days.clear();
            date = day.format(time);
            days.put(local.toLocalDate(), date);
        }
        StringBuilder out = new StringBuilder(date.length() + 12).append(date);
        twoDigits(out, local.getHour()).append(':');
        twoDigits(out, local.getMinute());
        return out.append(zoneName(time)).toString();
    }

    private String zoneName(Instant time) {
        boolean summer = rules.isDaylightSavings(time);
        String name = summer ? summerName : standardName;
        if (name == null) {
            name = zoneName.format(time);
            if (summer) summerName = name;
            else standardName = name;
        }
        return name;
    }

    private static StringBuilder twoDigits(StringBuilder out, int value) {
        return out.append((char) ('0' + value / 10)).append((char) ('0' + value % 10));
    }
}
