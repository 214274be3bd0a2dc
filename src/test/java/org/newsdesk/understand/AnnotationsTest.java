package org.newsdesk.understand;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.newsdesk.domain.Annotations;
import org.newsdesk.domain.ArticleContent;

class AnnotationsTest {

    private static final ArticleContent RATES = Articles.of("Central bank holds interest rates as inflation cools",
            "The Bank of England held interest rates at 4.5 percent on Thursday, saying inflation was falling but not yet fast enough.",
            "Sign up for our morning newsletter to get the latest business news in your inbox every day.",
            "Governor Andrew Hollis said the committee needed more evidence before cutting interest rates.",
            "\"We are not there yet,\" Hollis said at a news conference in London.",
            "Economists at Caldwell Securities expect a cut in interest rates in the summer as inflation slows.",
            "The pound fell slightly against the dollar after the decision, and shares of British banks rose.");

    private final Understanding understanding = TestModels.understanding();

    @Test
    void tagsWhatTheArticleIsAboutNormalised() {
        Annotations a = understanding.understand(RATES);
        assertThat(a.language()).isEqualTo("en");
        assertThat(a.tags()).hasSizeBetween(5, 8).contains("interest-rates", "bank-of-england", "andrew-hollis", "inflation");
        assertThat(a.tags()).allMatch(t -> t.matches("[a-z0-9]+(-[a-z0-9]+)*"));
    }

    @Test
    void filesTheArticleUnderItsTopicAndCountry() {
        assertThat(understanding.understand(RATES).categories()).containsExactly("Business", "United Kingdom", "Europe");
    }

    @Test
    void summarisesWithoutBoilerplateInTextOrder() {
        List<String> summary = understanding.understand(RATES).summary();
        assertThat(summary).hasSize(3).noneMatch(s -> s.contains("newsletter"));
        assertThat(summary.getFirst()).startsWith("The Bank of England held interest rates");
    }

    @Test
    void givesAUnitLengthEmbedding() {
        float[] e = understanding.understand(RATES).embedding();
        assertThat(e).hasSize(SentenceEmbedder.DIMENSIONS);
        assertThat(SentenceEmbedder.cosine(e, e)).isCloseTo(1f, Offset.offset(1e-4f));
    }

    @Test
    void tellsTheLanguageAndStillTagsNonEnglishArticles() {
        Annotations a = understanding.understand(Articles.of("Grève dans les transports à Paris",
                "Le trafic du métro était fortement perturbé jeudi à Paris, au premier jour d'une grève contre la réforme des retraites.",
                "La ministre des Transports, Claire Dubois, a appelé les syndicats à reprendre le dialogue avec le gouvernement.",
                "Une nouvelle journée de mobilisation est prévue mardi prochain à Marseille et à Lyon."));
        assertThat(a.language()).isEqualTo("fr");
        assertThat(a.tags()).contains("paris", "claire-dubois");
        assertThat(a.categories()).contains("France");
        assertThat(a.quotes()).isEmpty();
        assertThat(a.summary()).isNotEmpty();
    }

    @Test
    void givesEveryThreadTheSameAnswer() throws Exception {
        Annotations alone = understanding.understand(RATES);
        try (ExecutorService pool = Executors.newFixedThreadPool(4)) {
            List<Future<Annotations>> runs = new java.util.ArrayList<>();
            for (int i = 0; i < 8; i++) runs.add(pool.submit(() -> understanding.understand(RATES)));
            for (Future<Annotations> f : runs) assertThat(f.get()).isEqualTo(alone);
        }
    }

    @Test
    void readsOnlyTheOpeningOfABookLengthPage() {
        String paragraph = "The council of Northfield met again on Tuesday to discuss the budget for the coming year.";
        String[] paragraphs = new String[3000];
        java.util.Arrays.fill(paragraphs, paragraph);
        long started = System.nanoTime();
        Annotations a = understanding.understand(Articles.of("A very long page", paragraphs));
        assertThat(a.entities().getFirst().mentions()).isLessThan(1000);
        assertThat(java.time.Duration.ofNanos(System.nanoTime() - started)).isLessThan(java.time.Duration.ofSeconds(5));
    }

    @Test
    void understandsAnEmptyArticle() {
        Annotations a = understanding.understand(Articles.of("", ""));
        assertThat(a.language()).isEqualTo("und");
        assertThat(a.entities()).isEmpty();
        assertThat(a.summary()).isEmpty();
        assertThat(a.embedding()).isEmpty();
    }
}
