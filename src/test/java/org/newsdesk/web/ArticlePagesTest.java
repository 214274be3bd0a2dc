package org.newsdesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsdesk.domain.ArticleFilter;

class ArticlePagesTest {

    @Test
    void comparesLabelsByTheKeyArticleFiltersUse() {
        for (String label : List.of("Port strike", "port-strike", "PORT_STRIKE", "  Rosa \t Delgado\n", "a--b__c  d",
                "İstanbul", "Łódź", "", "-", "x_-_y", "Les Échos")) {
            assertThat(ArticlePages.key(label)).as(label).isEqualTo(ArticleFilter.key(label));
        }
    }
}
