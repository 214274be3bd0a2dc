package org.newsdesk.search;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;
import org.jspecify.annotations.Nullable;

/**
 * Counts the documents a query matches, with their facets: every one when they are few, otherwise those in a sample
 * of the index, from which totals and facet counts are estimated. A search for two common words matches most of
 * the index, and visiting every match only to count it cost more than everything else a search does.
 *
 * <p>The sample is every n-th block of {@value #BLOCK} neighbouring documents, n a power of two chosen so that
 * about {@value #AIM} matches fall in it, spread evenly over the whole index (doc ids follow the order articles
 * were added in, so over their dates and sources too); the matches between sampled blocks are skipped, not
 * visited. When a sample holds fewer than {@value #EXACT_UP_TO} matches, the blocks halfway between the sampled
 * ones are added, and so on: a query matching fewer than that is always counted exactly. When the search already
 * knows it matches more than that (its top hits counted them), a smaller sample will do. Thread-safe (stateless).
 */
final class MatchSampler {

    /** Documents per sampled block: long enough to make skipping to a block worth it, short enough to spread. */
    private static final int BLOCK = 8;
    /** Fewer matches than this are counted exactly; a sample holds at least this many. */
    static final int EXACT_UP_TO = 1_000;
    /** How many matches the first sample aims at, from the query's own upper bound of its matches. */
    private static final long AIM = 2_000;
    /**
     * When the search is already known to match at least {@link #EXACT_UP_TO} articles (the top hits counted that
     * many), the sample need not prove it: it aims at this many matches and holds at least half as many. Estimates
     * from it are rougher (see docs/BENCHMARKS.md), at half the cost or less.
     */
    private static final long KNOWN_AIM = 500;
    /** A sample takes at least this many blocks, so a few unusual neighbourhoods do not sway it. */
    private static final long MIN_BLOCKS = 256;

    /**
     * Counts the query's matches into the tally, which then says what share of the index it covered.
     *
     * @param exact count every match, however many
     * @param known how many matches the query is known to have at least (0 when not known)
     */
    void count(IndexSearcher searcher, Query query, FacetTally tally, boolean exact, long known) throws IOException {
        IndexReader reader = searcher.getIndexReader();
        // Not through the query cache: caching a clause means visiting every document it matches, which the
        // sample is there to avoid.
        IndexSearcher uncached = new IndexSearcher(reader);
        uncached.setQueryCache(null);
        Weight weight = uncached.createWeight(uncached.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1f);
        List<LeafReaderContext> leaves = reader.leaves();
        @Nullable ScorerSupplier[] first = new ScorerSupplier[leaves.size()];
        long bound = 0;
        for (int i = 0; i < first.length; i++) {
            first[i] = weight.scorerSupplier(leaves.get(i));
            if (first[i] != null) bound += first[i].cost();
        }
        boolean many = known >= EXACT_UP_TO;
        long aim = many ? KNOWN_AIM : AIM;
        long least = many ? KNOWN_AIM / 2 : EXACT_UP_TO;
        long spacing = exact ? 1 : spacing(bound, reader.maxDoc(), aim);
        tally.expect(Math.max(least, bound / spacing));
        pass(weight, leaves, first, spacing, 0, tally);
        while (spacing > 1 && tally.counted() < least) {
            // Too few in the sample: add the blocks halfway between, which doubles it.
            pass(weight, leaves, null, spacing, spacing / 2, tally);
            spacing /= 2;
        }
        if (spacing > 1) tally.share(share(reader.maxDoc(), spacing));
    }

    /** Blocks from one sampled to the next: the largest power of two leaving about {@code aim} matches. */
    private static long spacing(long bound, int maxDoc, long aim) {
        long blocks = (maxDoc + BLOCK - 1) / BLOCK;
        long spacing = 1;
        while (bound >= 2 * spacing * aim && blocks / (2 * spacing) >= MIN_BLOCKS) spacing *= 2;
        return spacing;
    }

    /** The share of the index's documents in the blocks whose number is a multiple of the spacing. */
    private static double share(int maxDoc, long spacing) {
        long blocks = (maxDoc + BLOCK - 1) / BLOCK;
        long sampled = (blocks - 1) / spacing + 1;
        long docs = sampled * BLOCK;
        if ((blocks - 1) % spacing == 0) docs -= blocks * BLOCK - maxDoc; // the last block, cut short
        return Math.min(1, (double) docs / maxDoc);
    }

    /** Counts the matches in the blocks whose number is {@code phase} modulo {@code spacing}. */
    private static void pass(Weight weight, List<LeafReaderContext> leaves, @Nullable ScorerSupplier @Nullable [] suppliers,
                             long spacing, long phase, FacetTally tally) throws IOException {
        for (int i = 0; i < leaves.size(); i++) {
            LeafReaderContext leaf = leaves.get(i);
            ScorerSupplier supplier = suppliers != null ? suppliers[i] : weight.scorerSupplier(leaf);
            if (supplier == null) continue;
            DocIdSetIterator matches = supplier.get(Long.MAX_VALUE).iterator();
            Bits live = leaf.reader().getLiveDocs();
            FacetTally.Leaf counter = tally.leaf(leaf);
            if (spacing == 1) {
                for (int doc = matches.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = matches.nextDoc()) {
                    if (live == null || live.get(doc)) counter.count(doc);
                }
            } else {
                countBlocks(matches, live, counter, leaf.docBase, leaf.reader().maxDoc(), spacing, phase);
            }
            counter.finish();
        }
    }

    /** Counts the segment's matches in the sampled blocks, skipping from one to the next. */
    private static void countBlocks(DocIdSetIterator matches, @Nullable Bits live, FacetTally.Leaf counter, int docBase,
                                    int maxDoc, long spacing, long phase) throws IOException {
        long block = sampledFrom(docBase / BLOCK, spacing, phase);
        int doc = -1;
        while (true) {
            int from = (int) Math.max(0, block * BLOCK - docBase);
            if (from >= maxDoc) return;
            int to = (int) Math.min(maxDoc, block * BLOCK + BLOCK - docBase);
            if (doc < from) doc = matches.advance(from);
            if (doc == DocIdSetIterator.NO_MORE_DOCS) return;
            if (doc >= to) {
                block = sampledFrom((docBase + (long) doc) / BLOCK, spacing, phase);
                continue;
            }
            for (; doc < to; doc = matches.nextDoc()) {
                if (live == null || live.get(doc)) counter.count(doc);
            }
            block += spacing;
        }
    }

    /** The first sampled block at or after the given one. */
    private static long sampledFrom(long block, long spacing, long phase) {
        return block + Math.floorMod(phase - block, spacing);
    }
}
