package org.newsdesk.understand;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsdesk.domain.Annotations;

/** The figures the issue asks for, on the gold set the team wrote. */
class GoldSetTest {

    @Test
    void meetsTheFiguresOnTheGoldSet() {
        GoldSet gold = GoldSet.load();
        Understanding understanding = new Understanding(TestModels.embedder());
        Map<String, Annotations> predicted = new LinkedHashMap<>();
        gold.articles().forEach((name, article) -> predicted.put(name, understanding.understand(article)));

        GoldScorer.Figures figures = new GoldScorer().score(gold, predicted);
        figures.problems().forEach(p -> System.out.println("  " + p));
        System.out.println("Gold set (" + gold.articles().size() + " articles): " + figures.summary());

        assertThat(gold.articles()).hasSizeGreaterThanOrEqualTo(40);
        assertThat(figures.quotePrecision()).isGreaterThanOrEqualTo(0.95);
        assertThat(figures.quoteRecall()).isGreaterThanOrEqualTo(0.85);
        assertThat(figures.peopleRecall()).isGreaterThanOrEqualTo(0.90);
        assertThat(figures.placeRecall()).isGreaterThanOrEqualTo(0.90);
        assertThat(figures.boilerplateSentences()).isZero();
    }
}
