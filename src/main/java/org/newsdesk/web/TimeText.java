package org.newsdesk.web;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Times as readers want them: "5 hours ago", with the exact time for a hover. Thread-safe. */
public final class TimeText {

    private static final ExactTimes EXACT = new ExactTimes(ZoneId.systemDefault());
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy").withZone(ZoneId.systemDefault());

    private TimeText() {}

    public static String relative(Instant time, Instant now) {
        Duration ago = Duration.between(time, now);
        if (ago.isNegative()) return "just now";
        long minutes = ago.toMinutes();
        if (minutes < 1) return "just now";
        if (minutes < 60) return plural(minutes, "minute") + " ago";
        long hours = ago.toHours();
        if (hours < 24) return plural(hours, "hour") + " ago";
        long days = ago.toDays();
        if (days < 30) return plural(days, "day") + " ago";
        return DAY.format(time);
    }

    /** A duration in the largest whole unit: "5 minutes", "2 hours", "3 days". */
    public static String span(Duration d) {
        long minutes = Math.max(1, d.toMinutes());
        if (minutes < 60) return plural(minutes, "minute");
        if (d.toHours() < 48) return plural(d.toHours(), "hour");
        return plural(d.toDays(), "day");
    }

    public static String exact(Instant time) {
        return EXACT.format(time);
    }

    private static String plural(long n, String unit) {
        return n + " " + unit + (n == 1 ? "" : "s");
    }
}
