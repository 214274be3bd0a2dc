package org.newsdesk.search;

import java.io.IOException;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.search.CollectorManager;

/**
 * Counts hits by source, category, tag, language and date bucket, during the search that finds them (see
 * {@link FacetCollector}): no second pass over the matches, and no index-wide ordinal map to build after each
 * refresh. Thread-safe (stateless but for the configuration, which is only read).
 */
final class FacetCounter {

    private final String labelField;

    FacetCounter(FacetsConfig config) {
        this.labelField = config.getDimConfig(ArticleDocument.SOURCE_DIM).indexFieldName;
        for (String dim : List.of(ArticleDocument.CATEGORY_DIM, ArticleDocument.TAG_DIM, ArticleDocument.LANGUAGE_DIM)) {
            if (!config.getDimConfig(dim).indexFieldName.equals(labelField)) {
                throw new IllegalStateException("facet " + dim + " is not kept in " + labelField);
            }
        }
    }

    /** Collectors counting the facets of a search's matches; date buckets count back from {@code now}. */
    CollectorManager<FacetCollector, FacetTally> counting(Instant now) {
        return new CollectorManager<>() {
            @Override
            public FacetCollector newCollector() {
                return new FacetCollector(labelField, new FacetTally(now));
            }

            @Override
            public FacetTally reduce(Collection<FacetCollector> collectors) throws IOException {
                FacetTally all = new FacetTally(now);
                for (FacetCollector collector : collectors) all.merge(collector.tally());
                return all;
            }
        };
    }

    static Facets facets(Map<FacetField, List<FacetValue>> counts) {
        return new Facets(counts.get(FacetField.SOURCE), counts.get(FacetField.CATEGORY), counts.get(FacetField.TAG),
                counts.get(FacetField.LANGUAGE), counts.get(FacetField.DATE));
    }
}
