package org.newsdesk.app;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.newsdesk.search.FacetValue;
import org.newsdesk.search.LuceneSearchIndex;
import org.newsdesk.search.SearchFilters;
import org.newsdesk.search.SearchHits;
import org.newsdesk.search.SearchQuery;

/**
 * How far the estimated totals and category counts of broad searches are from the exact ones, on the web
 * benchmark's corpus: for searches drawn like the benchmark's, the estimate against {@link LuceneSearchIndex#count}.
 * Usage: {@code SearchEstimateCheck [INDEX_DIR] [SEARCHES]}.
 */
public final class SearchEstimateCheck {

    private SearchEstimateCheck() {}

    public static void main(String[] args) {
        Path folder = Path.of(args.length > 0 ? args[0] : "target/bench-web/index");
        int searches = args.length > 1 ? Integer.parseInt(args[1]) : 300;
        SyntheticNews words = new SyntheticNews(11, Instant.now());
        List<Double> totalErrors = new ArrayList<>();
        List<Double> categoryErrors = new ArrayList<>();
        int estimated = 0;
        int topCategoryRight = 0;
        try (LuceneSearchIndex index = new LuceneSearchIndex(folder)) {
            for (int i = 0; i < searches; i++) {
                SearchQuery query = new SearchQuery(words.word() + " " + words.word(), 0, 20);
                SearchHits hits = index.search(query);
                if (hits.totalExact()) continue;
                estimated++;
                long exact = index.count(query);
                totalErrors.add(Math.abs(hits.total() - exact) / (double) exact);
                String best = null;
                long bestCount = -1;
                for (FacetValue category : hits.facets().categories()) {
                    long count = index.count(query.withFilters(SearchFilters.none().withCategories(List.of(category.value()))));
                    categoryErrors.add(Math.abs(category.count() - count) / (double) count);
                    if (count > bestCount) {
                        bestCount = count;
                        best = category.value();
                    }
                }
                if (!hits.facets().categories().isEmpty() && hits.facets().categories().getFirst().value().equals(best)) topCategoryRight++;
            }
        }
        Collections.sort(totalErrors);
        Collections.sort(categoryErrors);
        System.out.printf("%d of %d searches estimated; total error p50 %.1f %% p90 %.1f %% max %.1f %%; category count error"
                        + " p50 %.1f %% p90 %.1f %%; top category right in %d of %d%n", estimated, searches,
                100 * at(totalErrors, 0.5), 100 * at(totalErrors, 0.9), 100 * at(totalErrors, 1), 100 * at(categoryErrors, 0.5),
                100 * at(categoryErrors, 0.9), topCategoryRight, estimated);
    }

    private static double at(List<Double> sorted, double quantile) {
        return sorted.isEmpty() ? 0 : sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(quantile * sorted.size()) - 1));
    }
}
