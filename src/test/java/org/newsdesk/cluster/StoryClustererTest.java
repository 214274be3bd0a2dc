package org.newsdesk.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsdesk.cluster.Articles.KESSERING;
import static org.newsdesk.cluster.Articles.TALAVERA;
import static org.newsdesk.cluster.Articles.TALAVERA_FOLLOW_UP;
import static org.newsdesk.cluster.Articles.doc;
import static org.newsdesk.cluster.Articles.hoursAfterMonday;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class StoryClustererTest {

    private final StoryClusterer clusterer = new StoryClusterer(ClusterSettings.defaults());

    private static final ClusterDoc QUAKE = doc("talavera-1", "Earthquake kills 14 in Talavera province", TALAVERA,
            hoursAfterMonday(0), "https://meridian.example/talavera-quake", "Meridian Wire", null);
    private static final ClusterDoc OTHER_QUAKE = doc("kessering-1", "Earthquake rattles Kessering harbour",
            KESSERING, hoursAfterMonday(96), "https://northfield.example/kessering", "Northfield Ledger", null);
    private static final ClusterDoc FOLLOW_UP = doc("talavera-2", "Talavera quake death toll rises to 23",
            TALAVERA_FOLLOW_UP, hoursAfterMonday(28), "https://valley.example/toll", "Valley Dispatch", null);

    @Test
    void foldsARepublishedWireStoryOntoItsOriginal() {
        Assignment original = clusterer.add(QUAKE);
        Assignment copy = clusterer.add(doc("harbor-7", "Deadly quake hits mountain town", Articles.talaveraRepublished(),
                hoursAfterMonday(2), "https://harbor.example/7", "Harbor Times", null));

        assertThat(original.copyOfId()).isNull();
        assertThat(copy.copyOfId()).isEqualTo("talavera-1");
        assertThat(copy.storyId()).isEqualTo(original.storyId());
        assertThat(copy.formerOriginalId()).isNull();
    }

    @Test
    void creditsTheArticleACopyNamesAsCanonicalEvenWhenItArrivesLater() {
        clusterer.add(doc("harbor-7", "Deadly quake hits mountain town", Articles.talaveraRepublished(),
                hoursAfterMonday(-1), "https://harbor.example/7", "Harbor Times", "https://meridian.example/talavera-quake"));
        Assignment original = clusterer.add(QUAKE);

        assertThat(original.copyOfId()).isNull();
        assertThat(original.formerOriginalId()).isEqualTo("harbor-7");
        StoryLedger ledger = new StoryLedger();
        ledger.record(new Assignment("harbor-7", original.storyId(), null, null, List.of()));
        ledger.record(original);
        assertThat(ledger.copyOf("harbor-7")).isEqualTo("talavera-1");
    }

    @Test
    void creditsTheEarliestPublishedWhenNoneIsNamed() {
        clusterer.add(doc("harbor-7", "Deadly quake hits mountain town", Articles.talaveraRepublished(),
                hoursAfterMonday(3), "https://harbor.example/7", "Harbor Times", null));
        Assignment original = clusterer.add(QUAKE);

        assertThat(original.copyOfId()).isNull();
        assertThat(original.formerOriginalId()).isEqualTo("harbor-7");
    }

    @Test
    void creditsTheSourceACopySaysOriginallyPublishedIt() {
        clusterer.add(doc("harbor-7", "Deadly quake hits mountain town",
                Articles.talaveraRepublished() + "\nThis story was originally published by Meridian Wire.",
                hoursAfterMonday(-2), "https://harbor.example/7", "Harbor Times", null));
        Assignment original = clusterer.add(QUAKE);

        assertThat(original.formerOriginalId()).isEqualTo("harbor-7");
    }

    @Test
    void keepsTwoEarthquakesInOneWeekApart() {
        Assignment first = clusterer.add(QUAKE);
        Assignment second = clusterer.add(OTHER_QUAKE);

        assertThat(second.storyId()).isEqualTo("kessering-1").isNotEqualTo(first.storyId());
        assertThat(second.copyOfId()).isNull();
    }

    @Test
    void keepsTwoEarthquakesApartOnTheirTextAloneWithoutTimes() {
        Assignment first = clusterer.add(ClusterDoc.of("talavera-1", QUAKE.title(), TALAVERA, null));
        Assignment second = clusterer.add(ClusterDoc.of("kessering-1", OTHER_QUAKE.title(), KESSERING, null));

        assertThat(second.storyId()).isNotEqualTo(first.storyId());
    }

    @Test
    void joinsAFollowUpToItsStory() {
        Assignment quake = clusterer.add(QUAKE);
        clusterer.add(OTHER_QUAKE);
        Assignment followUp = clusterer.add(FOLLOW_UP);

        assertThat(followUp.storyId()).isEqualTo(quake.storyId()).isEqualTo("talavera-1");
        assertThat(followUp.copyOfId()).isNull();
    }

    @Test
    void givesTheSameAssignmentsWhenTheSameArticlesAreReplayed() {
        List<ClusterDoc> stream = List.of(QUAKE, OTHER_QUAKE, FOLLOW_UP, doc("harbor-7", "Deadly quake hits mountain town",
                Articles.talaveraRepublished(), hoursAfterMonday(2), "https://harbor.example/7", "Harbor Times", null));

        assertThat(run(stream)).isEqualTo(run(stream));
        assertThat(run(stream)).extracting(Assignment::storyId)
                .containsExactly("talavera-1", "kessering-1", "talavera-1", "talavera-1");
    }

    @Test
    void keepsAPinnedArticleInTheStoryAnAdminChose() {
        clusterer.add(QUAKE);
        clusterer.add(OTHER_QUAKE);
        clusterer.pin("talavera-1", "kessering-1");

        Assignment copy = clusterer.add(doc("harbor-7", "Deadly quake hits mountain town", Articles.talaveraRepublished(),
                hoursAfterMonday(100), "https://harbor.example/7", "Harbor Times", null));

        assertThat(copy.copyOfId()).isEqualTo("talavera-1");
        assertThat(copy.storyId()).isEqualTo("kessering-1");
    }

    @Test
    void appliesAPinMadeBeforeTheArticleArrives() {
        clusterer.pin("talavera-2", "aftermath");
        clusterer.add(QUAKE);

        assertThat(clusterer.add(FOLLOW_UP).storyId()).isEqualTo("aftermath");
    }

    @Test
    void splitsAnArticleIntoAStoryOfItsOwnAndKeepsItThere() {
        clusterer.add(QUAKE);
        clusterer.add(FOLLOW_UP);

        String split = clusterer.split("talavera-2");
        Assignment copy = clusterer.add(doc("harbor-9", "Toll climbs after Talavera quake",
                Articles.BOILERPLATE_TOP + "\n" + TALAVERA_FOLLOW_UP, hoursAfterMonday(30), "https://harbor.example/9",
                "Harbor Times", null));

        assertThat(split).isEqualTo("talavera-2~split");
        assertThat(copy.copyOfId()).isEqualTo("talavera-2");
        assertThat(copy.storyId()).isEqualTo("talavera-2~split");
    }

    @Test
    void refusesAnArticleAddedTwice() {
        clusterer.add(QUAKE);

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> clusterer.add(QUAKE))
                .isInstanceOfSatisfying(ClusterException.class,
                        e -> assertThat(e.reason()).isEqualTo(ClusterException.Reason.DUPLICATE_ARTICLE))
                .hasMessage("article talavera-1 was already added");
    }

    private static List<Assignment> run(List<ClusterDoc> docs) {
        StoryClusterer fresh = new StoryClusterer(ClusterSettings.defaults());
        List<Assignment> out = new ArrayList<>();
        for (ClusterDoc d : docs) out.add(fresh.add(d));
        return out;
    }
}
