package org.newsdesk.web;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.newsdesk.domain.Folder;
import org.newsdesk.domain.Reader;
import org.newsdesk.domain.SavedSearch;
import org.newsdesk.domain.Source;
import org.newsdesk.domain.SourceSummary;
import org.newsdesk.domain.Subscription;
import org.newsdesk.domain.UnreadCount;
import org.newsdesk.store.SourceStore;

/**
 * Draws a reader's Subscriptions page: folders with unread counts, sources to add, hidden sources, saved searches.
 * Thread-safe.
 */
final class SubscriptionView {

    private static final String NO_FOLDER = "Not in a folder";

    /** What the last action left to say: a message, or an error by its form, or an import's report. */
    record Outcome(@Nullable String message, SubscriptionModels.@Nullable FormError error,
                   SubscriptionModels.@Nullable Imported imported, String urlValue, String folderValue) {
        static Outcome of(@Nullable String message) {
            return new Outcome(message, null, null, "", "");
        }

        static Outcome failed(SubscriptionModels.FormError error, String url, String folder) {
            return new Outcome(null, error, null, url, folder);
        }

        static Outcome imported(SubscriptionModels.Imported report) {
            return new Outcome(null, null, report, "", "");
        }
    }

    private final Membership members;
    private final SourceStore sources;
    private final Csrf csrf;
    private final Templates templates;

    SubscriptionView(Membership members, SourceStore sources, Csrf csrf, Templates templates) {
        this.members = members;
        this.sources = sources;
        this.csrf = csrf;
        this.templates = templates;
    }

    void render(Context ctx, Outcome outcome) {
        Reader reader = Access.require(ctx).reader();
        List<Subscription> subscriptions = members.subscriptions().list(reader);
        Set<Long> hidden = new HashSet<>(members.subscriptions().hiddenSourceIds(reader));
        Map<Long, Long> unread = new HashMap<>();
        for (UnreadCount c : members.reading().unreadCounts(reader)) unread.put(c.sourceId(), c.unread());
        List<Folder> folders = members.subscriptions().folders(reader).stream()
                .sorted(Comparator.comparing(f -> f.name().toLowerCase(java.util.Locale.ROOT))).toList();
        List<SubscriptionModels.FolderGroup> groups = groups(subscriptions, folders, unread, hidden);
        long total = groups.stream().mapToLong(SubscriptionModels.FolderGroup::unread).sum();
        String open = outcome.error() != null && outcome.error().form().startsWith("source-")
                ? outcome.error().form().substring("source-".length()) : null;
        templates.render(ctx, "subscriptions.jte", new SubscriptionModels.Page(reader, csrf.token(ctx), groups,
                folders.stream().map(Folder::name).toList(), available(subscriptions, hidden), hiddenRows(hidden),
                saved(members.savedSearches().list(reader)), total, subscriptions.size(), outcome.message(),
                outcome.error(), outcome.imported(), outcome.urlValue(), outcome.folderValue(), open));
    }

    /** The reader's saved searches with their links. */
    static List<SubscriptionModels.Saved> saved(List<SavedSearch> searches) {
        return searches.stream().map(s -> new SubscriptionModels.Saved(s.id(), s.name(), s.query(),
                "/saved-searches/" + s.id(), "/feeds/search/" + s.id() + "/rss")).toList();
    }

    /** Folders by name, each with its subscriptions by title, then those in no folder. */
    private static List<SubscriptionModels.FolderGroup> groups(List<Subscription> subscriptions, List<Folder> folders,
                                                               Map<Long, Long> unread, Set<Long> hidden) {
        Map<String, List<SubscriptionModels.Row>> byFolder = new LinkedHashMap<>();
        folders.forEach(f -> byFolder.put(f.name(), new ArrayList<>()));
        List<SubscriptionModels.Row> loose = new ArrayList<>();
        for (Subscription s : subscriptions) {
            Folder folder = s.folder();
            SubscriptionModels.Row row = new SubscriptionModels.Row(s.sourceId(), s.title(), s.source().title(),
                    folder == null ? "" : folder.name(), s.source().feedUrl(), unread.getOrDefault(s.sourceId(), 0L),
                    hidden.contains(s.sourceId()));
            if (folder == null) loose.add(row);
            else byFolder.computeIfAbsent(folder.name(), k -> new ArrayList<>()).add(row);
        }
        List<SubscriptionModels.FolderGroup> groups = new ArrayList<>();
        for (Folder f : folders) groups.add(group(f.id(), f.name(), byFolder.get(f.name())));
        if (!loose.isEmpty()) groups.add(group(null, NO_FOLDER, loose));
        return groups;
    }

    private static SubscriptionModels.FolderGroup group(@Nullable Long id, String name, List<SubscriptionModels.Row> rows) {
        List<SubscriptionModels.Row> sorted = rows.stream()
                .sorted(Comparator.comparing(r -> r.title().toLowerCase(java.util.Locale.ROOT))).toList();
        long unread = sorted.stream().mapToLong(SubscriptionModels.Row::unread).sum();
        return new SubscriptionModels.FolderGroup(id, name, unread, sorted);
    }

    /** The sources Newsdesk follows that the reader does not subscribe to, by title. */
    private List<SubscriptionModels.Available> available(List<Subscription> subscriptions, Set<Long> hidden) {
        Set<Long> mine = new HashSet<>();
        subscriptions.forEach(s -> mine.add(s.sourceId()));
        List<SubscriptionModels.Available> rows = new ArrayList<>();
        for (SourceSummary s : sources.summaries()) {
            Source source = s.source();
            if (mine.contains(source.id())) continue;
            rows.add(new SubscriptionModels.Available(source.id(), source.title(), source.category(), s.articleCount(),
                    hidden.contains(source.id())));
        }
        rows.sort(Comparator.comparing(r -> r.title().toLowerCase(java.util.Locale.ROOT)));
        return rows;
    }

    private List<SubscriptionModels.Hidden> hiddenRows(Set<Long> hidden) {
        List<SubscriptionModels.Hidden> rows = new ArrayList<>();
        for (long id : hidden) sources.find(id).ifPresent(s -> rows.add(new SubscriptionModels.Hidden(id, s.title())));
        rows.sort(Comparator.comparing(r -> r.title().toLowerCase(java.util.Locale.ROOT)));
        return rows;
    }
}
