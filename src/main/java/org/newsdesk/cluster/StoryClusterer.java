package org.newsdesk.cluster;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Folds copies and groups articles into stories, one article at a time, with bounded work per article.
 *
 * <p>A copy (near-identical text, found by {@link CopyDetector}) joins the story of its original. Any other article
 * is scored against the candidate stories the index finds ({@link StorySimilarity}); it joins the best one at or
 * above the join threshold, else starts a story named after it (the article's id). Then the story is compared
 * with the stories its own terms find: one as similar as the merge threshold (the join threshold for a story of
 * one article) is the same event, and the two merge (the larger keeps its id; {@link Assignment#mergedStoryIds()}
 * names the other).
 *
 * <p>Admin decisions hold afterwards: a story an admin placed an article in never merges automatically, and an
 * article pinned before it arrives goes straight to its story. To rebuild the state after a restart, pin each
 * article an admin placed, then add the articles in their original order: the assignments come out the same.
 *
 * <p>Deterministic: no clock, no randomness, no iteration over hash order. Not thread-safe: feed it from one thread.
 */
public final class StoryClusterer {

    /** However late a publication date, the stream's clock moves at most this much per article. */
    private static final Duration MAX_CLOCK_STEP = Duration.ofDays(1);

    private final ClusterSettings settings;
    private final TermStatistics statistics;
    private final CopyDetector copies;
    private final RecentArticles recent;
    private final OpenStories stories;
    private final StorySimilarity similarity;
    private final Map<String, String> pins = new HashMap<>();
    private long arrivals;
    private @Nullable Instant clock;
    private int dimensions = -1;

    public StoryClusterer(ClusterSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.statistics = new TermStatistics(settings.limits().termTableBits());
        this.copies = new CopyDetector(settings);
        this.recent = new RecentArticles(settings.copies().recentArticles());
        this.stories = new OpenStories(settings);
        this.similarity = new StorySimilarity(settings);
    }

    /**
     * Places the next article of the stream.
     *
     * @throws ClusterException DUPLICATE_ARTICLE when an article with this id is among the recent ones,
     *                          EMBEDDING_MISMATCH when its embedding's length differs from earlier ones
     */
    public Assignment add(ClusterDoc doc) {
        Objects.requireNonNull(doc, "doc");
        if (recent.byId(doc.id()) != null) {
            throw new ClusterException(ClusterException.Reason.DUPLICATE_ARTICLE, "article " + doc.id() + " was already added");
        }
        checkDimensions(doc.embeddingView());
        DocTerms raw = DocTerms.of(doc, settings.copies().shingleWords());
        DocVectors vectors = statistics.observe(raw, doc, settings.similarity().namesIdfPower());
        advanceClock(doc.published());
        stories.closeStale(clock);

        CopyDetector.Probe probe = copies.probe(raw.shingles(), doc.source());
        Seen original = copies.find(probe, vectors.body(), recent);
        List<String> merged = new ArrayList<>();
        Story story = place(doc.id(), vectors, original);
        story.add(vectors, settings.limits().centroidTerms(), arrivals);
        stories.touch(story);
        story = mergeAround(story, merged);

        Seen seen = new Seen(doc.id(), arrivals++, trimmed(vectors), probe == null ? null : probe.sketch(),
                Credit.of(doc), story);
        CopyGroup.Outcome credit = original == null ? null : credit(seen, original);
        copies.remember(probe);
        recent.add(seen);
        String copyOf = credit == null || credit.originalId().equals(doc.id()) ? null : credit.originalId();
        return new Assignment(doc.id(), story.id, copyOf, credit == null ? null : credit.formerOriginalId(), merged);
    }

    /**
     * Moves an article to a story and keeps it there; the story is created when no open story has that id. For an
     * article not added yet (a replay), the decision is kept and applied when it arrives.
     */
    public void pin(String docId, String storyId) {
        Objects.requireNonNull(docId, "docId");
        Objects.requireNonNull(storyId, "storyId");
        pins.put(docId, storyId);
        Seen seen = recent.byId(docId);
        if (seen == null) return;
        Story from = seen.story.current();
        Story to = pinnedStory(storyId);
        if (from != to) {
            if (from.open) {
                from.remove(seen.vectors, settings.limits().centroidTerms());
                if (from.size() == 0) stories.close(from); else stories.touch(from);
            }
            to.add(seen.vectors, settings.limits().centroidTerms(), arrivals);
            stories.touch(to);
            seen.story = to;
        }
    }

    /** Puts an article in a new story of its own, kept apart from the one it leaves; returns the new story's id. */
    public String split(String docId) {
        Objects.requireNonNull(docId, "docId");
        String id = docId + "~split";
        for (int n = 2; stories.get(id) != null; n++) id = docId + "~split" + n;
        pin(docId, id);
        return id;
    }

    /** How many stories are open (within the window), for metrics. */
    public int openStories() {
        return stories.size();
    }

    private Story place(String docId, DocVectors vectors, @Nullable Seen original) {
        String pinned = pins.get(docId);
        if (pinned != null) return pinnedStory(pinned);
        if (original != null && original.story.current().open) return original.story.current();
        Story best = null;
        double bestScore = -1;
        for (Story candidate : stories.candidates(vectors)) {
            double score = similarity.score(vectors, candidate);
            if (score > bestScore) {
                best = candidate;
                bestScore = score;
            }
        }
        if (best == null) return stories.create(docId);
        double threshold = settings.decisions().joinThreshold() * headlines(vectors.body(), best.body());
        return bestScore < threshold ? stories.create(docId) : best;
    }

    /**
     * Merges into the story every open story now as similar to it as the merge threshold: with the article added,
     * the two may turn out to be one event. Returns the story that holds the article afterwards.
     */
    private Story mergeAround(Story story, List<String> merged) {
        Story survivor = story;
        for (Story other : stories.candidates(survivor)) {
            if (other == survivor || other.fixed || survivor.fixed || !other.open) continue;
            double threshold = mergeThreshold(survivor, other) * headlines(survivor.body(), other.body());
            if (similarity.score(survivor, other) < threshold) continue;
            Story keep = other.size() > survivor.size() ? other : survivor;
            Story gone = keep == other ? survivor : other;
            stories.merge(keep, gone);
            merged.add(gone.id);
            survivor = keep;
        }
        return survivor;
    }

    /**
     * The merge threshold, except for a story of one article: taking it in is the same decision as that article
     * joining, so the join threshold holds (when lower). A story started by an article that came before the rest of
     * its event's coverage (the first report, a late feed's older piece) is then taken in once the coverage forms.
     */
    private double mergeThreshold(Story a, Story b) {
        double merge = settings.decisions().mergeThreshold();
        return Math.min(a.size(), b.size()) == 1 ? Math.min(merge, settings.decisions().joinThreshold()) : merge;
    }

    /** The threshold scale: 1 when both sides have body text, else the headline scale. */
    private double headlines(SparseVector a, SparseVector b) {
        return a.isEmpty() || b.isEmpty() ? settings.decisions().headlineScale() : 1;
    }

    private Story pinnedStory(String storyId) {
        Story story = stories.get(storyId);
        if (story == null) story = stories.create(storyId);
        story.fixed = true;
        return story;
    }

    private CopyGroup.Outcome credit(Seen copy, Seen original) {
        CopyGroup group = original.group;
        if (group == null) {
            group = new CopyGroup(original.id, original.credit, original.vectors.published());
            original.group = group;
        }
        copy.group = group;
        return group.join(copy.id, copy.credit, copy.vectors.published());
    }

    private void advanceClock(@Nullable Instant published) {
        if (published == null) return;
        if (clock == null) {
            clock = published;
        } else if (published.isAfter(clock)) {
            Instant limit = clock.plus(MAX_CLOCK_STEP);
            clock = published.isAfter(limit) ? limit : published;
        }
    }

    private void checkDimensions(float @Nullable [] embedding) {
        if (embedding == null) return;
        if (dimensions < 0) dimensions = embedding.length;
        if (embedding.length != dimensions) {
            throw new ClusterException(ClusterException.Reason.EMBEDDING_MISMATCH, "the embedding has "
                    + embedding.length + " dimensions where earlier ones had " + dimensions);
        }
    }

    /** What is remembered of a recent article: its body trimmed to the terms that matter for copies and moves. */
    private DocVectors trimmed(DocVectors v) {
        return new DocVectors(v.title(), v.body().top(settings.limits().centroidTerms() / 2), v.names(), v.numbers(),
                v.dates(), v.embedding(), v.published());
    }
}
