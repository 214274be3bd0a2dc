package org.newsdesk.store;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * The SQL of story numbers (V16): a lasting number for each story key, and where a merged key went. When a story
 * merges into another, what hung on its number (comments) moves to the survivor's number, so it stays on the page
 * where its articles now are. Stateless; used inside the store's transactions.
 */
final class StoryNumbers {

    long number(Handle handle, String key) {
        handle.createUpdate("INSERT INTO story_numbers (story_key) VALUES (:key) ON CONFLICT (story_key) DO NOTHING")
                .bind("key", key).execute();
        return handle.createQuery("SELECT id FROM story_numbers WHERE story_key = :key").bind("key", key)
                .mapTo(Long.class).one();
    }

    Optional<Long> find(Handle handle, String key) {
        return handle.createQuery("SELECT id FROM story_numbers WHERE story_key = :key").bind("key", key)
                .mapTo(Long.class).findOne();
    }

    Optional<String> keyOf(Handle handle, long number) {
        return handle.createQuery("SELECT COALESCE(merged_into, story_key) FROM story_numbers WHERE id = :id")
                .bind("id", number).mapTo(String.class).findOne();
    }

    Optional<String> currentKey(Handle handle, String key) {
        return handle.createQuery("SELECT COALESCE(merged_into, story_key) FROM story_numbers WHERE story_key = :key")
                .bind("key", key).mapTo(String.class).findOne();
    }

    Map<String, Long> numbers(Handle handle, List<String> keys) {
        Map<String, Long> found = new HashMap<>();
        if (keys.isEmpty()) return found;
        handle.createQuery("SELECT story_key, id FROM story_numbers WHERE story_key IN (<keys>)")
                .bindList("keys", keys)
                .map((row, ctx) -> found.put(row.getString("story_key"), row.getLong("id"))).list();
        return found;
    }

    /**
     * {@code gone} merged into {@code into}: its comments move to the survivor's number, and it and every key that
     * went into it before now point at the survivor (one hop, however many merges).
     */
    void merge(Handle handle, String gone, String into) {
        Optional<Long> goneNumber = find(handle, gone);
        if (goneNumber.isEmpty()) return;
        long survivor = number(handle, into);
        handle.createUpdate("UPDATE comments SET story_id = :to WHERE story_id = :from")
                .bind("to", survivor).bind("from", goneNumber.get()).execute();
        handle.createUpdate("UPDATE story_numbers SET merged_into = :into WHERE (story_key = :gone OR merged_into = :gone) "
                        + "AND story_key <> :into")
                .bind("into", into).bind("gone", gone).execute();
    }

    /** A key in use again (a replay after a restart founds it anew) no longer points elsewhere. */
    void revive(Handle handle, String key) {
        handle.createUpdate("UPDATE story_numbers SET merged_into = NULL WHERE story_key = :key AND merged_into IS NOT NULL")
                .bind("key", key).execute();
    }
}
