package org.newsdesk.search;

import java.util.HashSet;
import java.util.Set;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.util.BytesRef;

/**
 * Ranks a body's passages for the snippet: more distinct query words first, then more matches, then earlier in
 * the text. Lucene's BM25 passage scorer allocates a 32 KB hash per passage, which dominated the garbage of a
 * search; readers cannot tell the difference between the two orders. Thread-safe (stateless).
 */
final class PassageRanker extends PassageScorer {

    @Override
    public float score(Passage passage, int contentLength) {
        Set<BytesRef> distinct = new HashSet<>();
        for (int i = 0; i < passage.getNumMatches(); i++) distinct.add(passage.getMatchTerms()[i]);
        return (distinct.size() * 4f + passage.getNumMatches()) * norm(passage.getStartOffset());
    }
}
