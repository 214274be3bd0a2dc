package org.newsdesk.cluster;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An original and its copies, and who is credited as the original: the member the others name (by canonical
 * link, body link or "originally published by"), else the earliest published, else the first seen. Remembers a
 * bounded number of members' credits. Not thread-safe.
 */
final class CopyGroup {

    private static final int MEMBERS = 64;

    private record Member(String id, Credit credit, @Nullable Instant published) {
    }

    /** The credited original after an article joined, and the one credited before when that changed. */
    record Outcome(String originalId, @Nullable String formerOriginalId) {
    }

    private final List<Member> members = new ArrayList<>();
    private Member original;
    private boolean originalNamed;

    CopyGroup(String id, Credit credit, @Nullable Instant published) {
        original = new Member(id, credit, published);
        members.add(original);
    }

    String originalId() {
        return original.id();
    }

    Outcome join(String id, Credit credit, @Nullable Instant published) {
        Member joining = new Member(id, credit, published);
        Member before = original;
        if (namedByMembers(credit)) {
            original = joining;
            originalNamed = true;
        } else if (!originalNamed && namedMember(credit) != null) {
            original = namedMember(credit);
            originalNamed = true;
        } else if (!originalNamed && published != null
                && (original.published() == null || published.isBefore(original.published()))) {
            original = joining;
        }
        if (members.size() < MEMBERS) members.add(joining);
        return new Outcome(original.id(), original == before ? null : before.id());
    }

    private boolean namedByMembers(Credit joining) {
        for (Member m : members) if (m.credit().names(joining)) return true;
        return false;
    }

    private @Nullable Member namedMember(Credit joining) {
        if (joining.names(original.credit())) return original;
        for (Member m : members) if (joining.names(m.credit())) return m;
        return null;
    }
}
