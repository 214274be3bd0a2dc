package org.newsdesk.search;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * Six articles from three sources over three months, searched at {@link #NOW}:
 * <pre>
 * id source           published         categories               tags            lang
 * 1  Harbor Times     11-20 08:00       Business                 Port, Unions    en
 * 2  Harbor Times     11-18 10:00       Politics                 Council         en
 * 3  Valley Dispatch  11-05 09:00       Northern Ireland, Business Unions, Belfast en
 * 4  Valley Dispatch  09-01 09:00       Europe                   Zürich          de
 * 5  Meridian Wire    11-19 20:00       Weather                  Climate         en
 * 6  Meridian Wire    10-01 09:00       Weather                  –               en
 * </pre>
 */
final class NewsCorpus {

    static final Instant NOW = Instant.parse("2026-11-20T12:00:00Z");
    static final long HARBOR = 10;
    static final long VALLEY = 11;
    static final long MERIDIAN = 12;

    private NewsCorpus() {}

    static LuceneSearchIndex open(Path folder) {
        LuceneSearchIndex index = new LuceneSearchIndex(folder, Clock.fixed(NOW, ZoneOffset.UTC));
        index.index(TestArticle.of(1, HARBOR).title("Port strike ends")
                .body("Dock workers voted to end the strike on Tuesday.").by("Ann Lee")
                .categories("Business").tags("Port", "Unions").published("2026-11-20T08:00:00Z").build(), "Harbor Times");
        index.index(TestArticle.of(2, HARBOR).title("Council approves budget")
                .body("The council approved the budget for the harbour district.")
                .categories("Politics").tags("Council").published("2026-11-18T10:00:00Z").build(), "Harbor Times");
        index.index(TestArticle.of(3, VALLEY).title("Strikes spread to Belfast")
                .body("Workers in Belfast are striking over pay.").by("Seán Ó Briain")
                .categories("Northern Ireland", "Business").tags("Unions", "Belfast")
                .published("2026-11-05T09:00:00Z").build(), "Valley Dispatch");
        index.index(TestArticle.of(4, VALLEY).title("Zürich café reopens")
                .body("The café in Zürich reopened after the flood.").language("de")
                .categories("Europe").tags("Zürich").published("2026-09-01T09:00:00Z").build(), "Valley Dispatch");
        index.index(TestArticle.of(5, MERIDIAN).title("Heat wave grips the valley")
                .body("Record heat in the valley; farmers worry about the drought.")
                .categories("Weather").tags("Climate").published("2026-11-19T20:00:00Z").build(), "Meridian Wire");
        index.index(TestArticle.of(6, MERIDIAN).title("Rain returns")
                .body("Heat then rain in the valley as the storm arrives.")
                .categories("Weather").published("2026-10-01T09:00:00Z").build(), "Meridian Wire");
        index.commit();
        return index;
    }
}
