package org.newsdesk.cluster;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * An open story: the summed weighted terms of its articles per field (trimmed to the heaviest terms), the sum of
 * their embeddings, and the span of their publication times. Not thread-safe.
 */
final class Story {

    final String id;
    /** Creation order: the tie-breaker that keeps every ranking deterministic. */
    final long seq;
    private SparseVector title = SparseVector.EMPTY;
    private SparseVector body = SparseVector.EMPTY;
    private SparseVector names = SparseVector.EMPTY;
    private SparseVector numbers = SparseVector.EMPTY;
    private SparseVector dates = SparseVector.EMPTY;
    private float @Nullable [] embedding;
    private double embeddingNorm;
    private int embeddedArticles;
    private int size;
    private @Nullable Instant first;
    private @Nullable Instant last;
    /** Arrival number of the last article added, for closing the least recently updated stories. */
    long touched;
    /** An admin placed an article here: the story is never merged automatically. */
    boolean fixed;
    boolean open = true;
    /** The story this one was merged into, once it was. */
    @Nullable Story mergedInto;
    long[] indexKeys = new long[0];

    Story(String id, long seq) {
        this.id = id;
        this.seq = seq;
    }

    /** The story that now holds this one's articles: itself, or the one it was merged into. */
    Story current() {
        Story s = this;
        while (s.mergedInto != null) s = s.mergedInto;
        return s;
    }

    void add(DocVectors doc, int termLimit, long arrival) {
        change(doc, 1, termLimit);
        Instant published = doc.published();
        if (published != null) {
            if (first == null || published.isBefore(first)) first = published;
            if (last == null || published.isAfter(last)) last = published;
        }
        touched = Math.max(touched, arrival);
    }

    void remove(DocVectors doc, int termLimit) {
        change(doc, -1, termLimit);
    }

    void absorb(Story other, int termLimit) {
        title = trimmed(title.plus(other.title, 1), termLimit);
        body = trimmed(body.plus(other.body, 1), termLimit);
        names = trimmed(names.plus(other.names, 1), termLimit);
        numbers = trimmed(numbers.plus(other.numbers, 1), termLimit);
        dates = trimmed(dates.plus(other.dates, 1), termLimit);
        if (other.embedding != null) {
            addEmbedding(other.embedding, 1);
            embeddedArticles += other.embeddedArticles - 1;
        }
        size += other.size;
        if (other.first != null && (first == null || other.first.isBefore(first))) first = other.first;
        if (other.last != null && (last == null || other.last.isAfter(last))) last = other.last;
        touched = Math.max(touched, other.touched);
        other.mergedInto = this;
        other.open = false;
    }

    private void change(DocVectors doc, int sign, int termLimit) {
        title = trimmed(title.plus(doc.title(), sign), termLimit);
        body = trimmed(body.plus(doc.body(), sign), termLimit);
        names = trimmed(names.plus(doc.names(), sign), termLimit);
        numbers = trimmed(numbers.plus(doc.numbers(), sign), termLimit);
        dates = trimmed(dates.plus(doc.dates(), sign), termLimit);
        float[] vector = doc.embedding();
        if (vector != null) addEmbedding(vector, sign);
        size = Math.max(0, size + sign);
    }

    /** Trims only once a field holds half again its limit, so the sort is paid rarely. */
    private static SparseVector trimmed(SparseVector v, int limit) {
        return v.size() > limit + limit / 2 ? v.top(limit) : v;
    }

    private void addEmbedding(float[] vector, int sign) {
        if (embedding == null) embedding = new float[vector.length];
        embeddedArticles = Math.max(0, embeddedArticles + sign);
        double norm = 0;
        for (int i = 0; i < vector.length; i++) {
            embedding[i] += sign * vector[i];
            norm += (double) embedding[i] * embedding[i];
        }
        embeddingNorm = Math.sqrt(norm);
    }

    SparseVector title() {
        return title;
    }

    SparseVector body() {
        return body;
    }

    SparseVector names() {
        return names;
    }

    SparseVector numbers() {
        return numbers;
    }

    SparseVector dates() {
        return dates;
    }

    int size() {
        return size;
    }

    @Nullable Instant first() {
        return first;
    }

    @Nullable Instant last() {
        return last;
    }

    /**
     * A unit embedding against the story's: the cosine with the centroid, or with average linkage the mean cosine
     * with the story's articles. NaN when either side has none.
     */
    double embeddingSimilarity(float @Nullable [] unit, double averageLink) {
        if (unit == null || embedding == null || embeddingNorm == 0 || unit.length != embedding.length) return Double.NaN;
        double dot = 0;
        for (int i = 0; i < unit.length; i++) dot += (double) unit[i] * embedding[i];
        return averageLink * dot / embeddedArticles + (1 - averageLink) * dot / embeddingNorm;
    }

    /** The same between two stories' embeddings. */
    double embeddingSimilarity(Story other, double averageLink) {
        if (embedding == null || other.embedding == null || embeddingNorm == 0 || other.embeddingNorm == 0
                || embedding.length != other.embedding.length) return Double.NaN;
        double dot = 0;
        for (int i = 0; i < embedding.length; i++) dot += (double) embedding[i] * other.embedding[i];
        return averageLink * dot / ((double) embeddedArticles * other.embeddedArticles)
                + (1 - averageLink) * dot / (embeddingNorm * other.embeddingNorm);
    }
}
