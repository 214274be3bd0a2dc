package org.newsdesk.demo;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * All stories of the network, newest first, and the one piece of changing state: whether the corrected
 * article has been read yet. Thread-safe: the stories are immutable and the correction times sit in a
 * concurrent map.
 */
final class Newsroom {
    private static final int RELATED = 3;

    private final List<Story> stories;
    private final Map<String, Story> byPath = new HashMap<>();
    private final Map<String, Instant> correctedAt = new ConcurrentHashMap<>();
    private final Clock clock;

    Newsroom(List<Manuscript> manuscripts, URI base, Clock clock) {
        this.clock = clock;
        Instant now = clock.instant().truncatedTo(ChronoUnit.MINUTES);
        Map<String, Manuscript> wire = new HashMap<>();
        manuscripts.stream().filter(m -> m.outlet() == Outlet.MERIDIAN_WIRE).forEach(m -> wire.put(m.slug(), m));
        List<Story> placed = new ArrayList<>();
        for (Manuscript m : manuscripts) {
            Story story = place(m, base, now, wire);
            if (byPath.put(story.path(), story) != null) {
                throw new DemoNetworkException(DemoNetworkException.Reason.BROKEN_CONTENT, "two articles share the path " + story.path());
            }
            placed.add(story);
        }
        placed.sort(Comparator.comparing(Story::published).reversed());
        this.stories = List.copyOf(placed);
    }

    List<Story> stories() {
        return stories;
    }

    List<Story> stories(Outlet outlet) {
        return stories.stream().filter(s -> s.outlet() == outlet).toList();
    }

    Optional<Story> at(String path) {
        return Optional.ofNullable(byPath.get(path));
    }

    /** A reader fetches the page: the first reading of a story with a mistake shows it, later ones the fix. */
    Edition read(Story story) {
        if (story.manuscript().correction() == null) return current(story);
        Instant first = correctedAt.putIfAbsent(story.path(), clock.instant());
        return first == null ? original(story) : current(story);
    }

    /** What the page shows now, without counting as a reading: feeds use it. */
    Edition current(Story story) {
        Manuscript.Correction correction = story.manuscript().correction();
        Instant fixedAt = correctedAt.get(story.path());
        if (correction == null || fixedAt == null) return original(story);
        List<String> fixed = story.paragraphs().stream().map(correction.fix()::apply).toList();
        return new Edition(story, fixed, fixedAt, correction.note(), related(story));
    }

    private Edition original(Story story) {
        return new Edition(story, story.paragraphs(), null, null, related(story));
    }

    /** Same-event stories of the outlet first, then its latest others: what a newsroom's widget would pick. */
    private List<Story> related(Story story) {
        List<Story> own = stories(story.outlet()).stream().filter(s -> s != story).toList();
        Stream<Story> sameEvent = own.stream().filter(s -> s.manuscript().event().equals(story.manuscript().event()));
        Stream<Story> others = own.stream().filter(s -> !s.manuscript().event().equals(story.manuscript().event()));
        return Stream.concat(sameEvent, others).limit(RELATED).toList();
    }

    private static Story place(Manuscript m, URI base, Instant now, Map<String, Manuscript> wire) {
        String path = m.outlet().articlePath(m);
        URI image = m.picture() == null ? null : base.resolve(m.outlet().imagePath(m));
        Manuscript.Republication rep = m.republication();
        if (rep == null) {
            return new Story(m, path, base.resolve(path), now.minus(m.age()), m.paragraphs(), image, null);
        }
        Manuscript source = wire.get(rep.wireSlug());
        if (source == null) throw new DemoNetworkException(DemoNetworkException.Reason.BROKEN_CONTENT, m.slug() + " republishes unknown wire story " + rep.wireSlug());
        Story original = place(source, base, now, wire);
        List<String> paragraphs = new ArrayList<>();
        for (int i = 0; i < source.paragraphs().size(); i++) {
            if (rep.dropped().contains(i + 1)) continue;
            String p = source.paragraphs().get(i);
            for (Manuscript.Edit edit : rep.edits()) p = edit.apply(p);
            paragraphs.add(p);
        }
        return new Story(m, path, base.resolve(path), now.minus(m.age()), paragraphs, image, original);
    }
}
