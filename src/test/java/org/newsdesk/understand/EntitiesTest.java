package org.newsdesk.understand;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsdesk.domain.Entity;
import org.newsdesk.domain.EntityType;

class EntitiesTest {

    private static List<Entity> entities(String... paragraphs) {
        return TestModels.understanding().understand(Articles.of("News of the day", paragraphs)).entities();
    }

    @Test
    void mergesASurnameIntoTheFullNameAndDropsTitlesAndPossessives() {
        assertThat(entities("Chancellor Angela Merkel met union leaders in Berlin on Monday.",
                "Merkel's office said the talks would go on. Mrs Merkel left at noon."))
                .contains(new Entity("Angela Merkel", EntityType.PERSON, 3, List.of("Merkel")),
                        new Entity("Berlin", EntityType.PLACE, 1, List.of()));
    }

    @Test
    void mergesSpellingsOfOnePlace() {
        List<Entity> found = entities("Shelling hit Kiev overnight, officials in Kyiv said.",
                "Later, Kharkiv was hit too; residents of Kharkov fled west.");
        assertThat(found).contains(new Entity("Kyiv", EntityType.PLACE, 2, List.of("Kiev")),
                new Entity("Kharkiv", EntityType.PLACE, 2, List.of("Kharkov")));
    }

    @Test
    void mergesAnAcronymWithTheNameItStandsFor() {
        assertThat(entities("The Maritime Workers Union called a strike. The MWU says 900 crews will walk out."))
                .contains(new Entity("Maritime Workers Union", EntityType.ORGANIZATION, 2, List.of("MWU")));
    }

    @Test
    void keepsSentenceOpenersOutUnlessTheArticleNamesThemElsewhere() {
        List<String> names = entities("Protesters gathered in Northfield on Sunday. Officials said little.",
                "However, Northfield police made no arrests.").stream().map(Entity::name).toList();
        assertThat(names).containsExactly("Northfield");
    }

    @Test
    void typesPeoplePlacesAndOrganisationsFromTheirCues() {
        List<Entity> found = entities("Dana Whitfield of Ridgeway University said the cuts fitted a pattern.",
                "Flights to Lisbon were cancelled by Skyward Airlines.");
        assertThat(found).extracting(Entity::name, Entity::type).contains(
                org.assertj.core.groups.Tuple.tuple("Dana Whitfield", EntityType.PERSON),
                org.assertj.core.groups.Tuple.tuple("Ridgeway University", EntityType.ORGANIZATION),
                org.assertj.core.groups.Tuple.tuple("Lisbon", EntityType.PLACE),
                org.assertj.core.groups.Tuple.tuple("Skyward Airlines", EntityType.ORGANIZATION));
    }
}
