package org.newsdesk.cluster;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Hand-written articles for the clusterer's tests: two earthquakes in one week, their follow-ups and copies. */
final class Articles {

    static final Instant MONDAY = Instant.parse("2025-03-03T08:00:00Z");

    static final String TALAVERA = """
            A magnitude 6.1 earthquake struck Talavera province before dawn on Monday, March 3, killing at least 14 people.
            Governor Elena Marchetti said rescue teams were searching collapsed homes in the mountain town of Ruvello.
            The quake was centred 12 kilometres south of Ruvello at a depth of 9 kilometres, the Talavera Seismic Institute said.
            Hospitals in Ruvello and the provincial capital Castelmonte treated more than 200 injured residents.
            Marchetti declared three days of mourning and asked the national government for emergency funds.
            Aftershocks of magnitude 4.2 and 4.5 rattled the valley through the morning, sending families into the streets.
            The Red Cross set up tents for 3,000 people at the Ruvello football ground.
            """;

    static final String KESSERING = """
            A magnitude 5.4 earthquake shook the coastal city of Kessering on Friday, March 7, injuring 31 people.
            Mayor Tomas Lindqvist said the old harbour district suffered the worst damage, with two churches cracked.
            The Northern Geological Survey placed the epicentre under the bay, 6 kilometres off the Kessering lighthouse.
            Ferries to the Vannholm islands were suspended while engineers inspected the piers.
            Lindqvist said schools in Kessering would stay closed until Monday as inspectors checked every building.
            Residents described plates falling from shelves and car alarms ringing across the waterfront.
            Nobody was killed, the survey said, though a fisherman was hurt when a crane toppled on the quay.
            """;

    static final String TALAVERA_FOLLOW_UP = """
            The death toll from Monday's earthquake in Talavera province rose to 23 on Tuesday, Governor Elena Marchetti said.
            Rescue teams pulled two survivors from the rubble of an apartment block in Ruvello overnight.
            The Talavera Seismic Institute recorded more than 80 aftershocks since the magnitude 6.1 quake.
            Marchetti said 1,200 homes in Ruvello and nearby villages were unsafe and would be demolished.
            The national government released emergency funds for Castelmonte hospitals and tents for displaced families.
            """;

    static final String BOILERPLATE_TOP = "Subscribe to the Harbor Times for unlimited access to local news.";
    static final String BOILERPLATE_END = "Copyright 2025 Harbor Times. All rights reserved. This material may not"
            + " be published, broadcast, rewritten or redistributed.";

    private Articles() {
    }

    static ClusterDoc doc(String id, String title, String text, @Nullable Instant published) {
        return ClusterDoc.of(id, title, text, published);
    }

    static ClusterDoc doc(String id, String title, String text, @Nullable Instant published, String url, String source,
            @Nullable String canonicalUrl) {
        return new ClusterDoc(id, title, text, published, url, source, null, canonicalUrl, List.of());
    }

    /** The Talavera story as another outlet republishes it: boilerplate around, sentences reordered, one dropped. */
    static String talaveraRepublished() {
        String[] lines = TALAVERA.strip().split("\n");
        return String.join("\n", BOILERPLATE_TOP, lines[0], lines[2], lines[1], lines[3],
                lines[4].replace("asked", "called on"), lines[6], BOILERPLATE_END);
    }

    static Instant hoursAfterMonday(int hours) {
        return MONDAY.plusSeconds(3600L * hours);
    }
}
