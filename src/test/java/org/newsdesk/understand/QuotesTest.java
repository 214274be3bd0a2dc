package org.newsdesk.understand;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsdesk.domain.Quote;

class QuotesTest {

    private static List<Quote> quotes(String... paragraphs) {
        return TestModels.understanding().understand(Articles.of("Council votes on the budget", paragraphs)).quotes();
    }

    @Test
    void attributesCurlyQuotesToTheNameAfterThem() {
        assertThat(quotes("Mayor Elena Marsh spoke after the vote.",
                "“We had no good way to fill the hole,” said Elena Marsh, the mayor."))
                .containsExactly(new Quote("Elena Marsh", "We had no good way to fill the hole", "said", false));
    }

    @Test
    void joinsAQuoteSplitByItsAttribution() {
        assertThat(quotes("Councillor David Okafor voted against the plan.",
                "\"The bridge has waited six years,\" Okafor said, \"and every year the bill goes up.\""))
                .containsExactly(new Quote("David Okafor", "The bridge has waited six years, and every year the bill goes up.", "said", false));
    }

    @Test
    void readsSingleQuotesAndAnAttributionBeforeTheQuote() {
        assertThat(quotes("Margaret Flynn chaired the campaign to buy the pub.",
                "Flynn told the meeting: 'It is the only place left in the village where people meet.'"))
                .containsExactly(new Quote("Margaret Flynn", "It is the only place left in the village where people meet.", "told", false));
    }

    @Test
    void followsAQuotationOverSeveralParagraphs() {
        assertThat(quotes("Judge Margaret Oyelaran retired on Friday.",
                "\"When I started, most people had no lawyer,\" Oyelaran said. \"Many could not read the papers.",
                "\"That has improved, but not enough.\""))
                .containsExactly(new Quote("Margaret Oyelaran",
                        "When I started, most people had no lawyer, Many could not read the papers. That has improved, but not enough.",
                        "said", false));
    }

    @Test
    void resolvesHeAndSheToThePersonTheTextLastMadeItsSubject() {
        assertThat(quotes("Robert Kane said the city needed more officers. Julia Stein disagreed with him.",
                "\"We need youth centres,\" she said."))
                .contains(new Quote("Julia Stein", "We need youth centres", "said", false));
    }

    @Test
    void findsReportedSpeechWithAndWithoutThat() {
        assertThat(quotes("Finance director Priya Raman told councillors that tax revenue had fallen for a second year.",
                "Raman said the shortfall would shrink next year."))
                .containsExactly(new Quote("Priya Raman", "tax revenue had fallen for a second year", "told", true),
                        new Quote("Priya Raman", "the shortfall would shrink next year", "said", true));
    }

    @Test
    void findsAccordingTo() {
        assertThat(quotes("According to Public Works Director Alan Ruiz, tests at 30 sites found no bacteria."))
                .containsExactly(new Quote("Alan Ruiz", "tests at 30 sites found no bacteria", "according to", true));
    }

    @Test
    void leavesOutScareQuotesAndSpeakersWithoutAName() {
        assertThat(quotes("Residents mocked the so-called \"smart bins\" on Monday.",
                "\"It is a waste of money,\" a neighbour said.",
                "Officials said the sensors would save money."))
                .isEmpty();
    }

    @Test
    void letsOrganisationsSpeakButNotPlaces() {
        assertThat(quotes("A spokesman for the Irish Aviation Authority said it was monitoring the situation.",
                "Russia said the talks had failed."))
                .containsExactly(new Quote("Irish Aviation Authority", "it was monitoring the situation", "said", true));
    }

    @Test
    void takesThePersonNamedAfterARoleBeforeTheVerb() {
        assertThat(quotes("I spent an hour with Lumora’s new Halo glasses in a crowded café on Front Street.",
                "\"The hard part isn't the translation,\" Lumora’s head of product, Imogen Park, told me. \"It's knowing who is talking to you in a room full of people.\""))
                .containsExactly(new Quote("Imogen Park",
                        "The hard part isn't the translation, It's knowing who is talking to you in a room full of people.", "told", false));
    }

    @Test
    void knowsAPersonByTheRoleAndTheSpeechAroundTheName() {
        assertThat(quotes("I spent an hour with the glasses.", "\"The hard part isn't the translation,\" Imogen Park, head of product, told me."))
                .containsExactly(new Quote("Imogen Park", "The hard part isn't the translation", "told", false));
    }

    @Test
    void readsWhatSomeoneToldSomebodyWithoutThat() {
        assertThat(quotes("The best rooms are the quiet ones.",
                "Director Eleanor Vance told me the aim was to tell “the story of the people who sailed the ships.” It succeeds.",
                "Eleanor Vance told reporters on the quay."))
                .containsExactly(new Quote("Eleanor Vance", "the aim was to tell the story of the people who sailed the ships", "told", true));
    }
}
