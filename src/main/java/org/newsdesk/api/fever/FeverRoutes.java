package org.newsdesk.api.fever;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Optional;
import org.newsdesk.domain.Reader;
import org.newsdesk.readers.AppPasswords;
import org.newsdesk.readers.ReadingState;
import org.newsdesk.readers.Subscriptions;

/**
 * The Fever API, at {@value #PATH} (apps add {@code ?api}). Fever has one URL: the request's flags choose what is
 * answered ({@code groups}, {@code feeds}, {@code favicons}, {@code items}, {@code links}, {@code unread_item_ids},
 * {@code saved_item_ids}) and {@code mark} changes state; {@link FeverAnswers} writes each part. A wrong key is
 * answered {@code "auth": 0}, as Fever does. Thread-safe.
 */
public final class FeverRoutes {
    public static final String PATH = "/api/fever";
    /** Where FreshRSS serves Fever; apps set up for it ask for this address. */
    public static final String FRESHRSS_PATH = "/api/fever.php";
    static final int API_VERSION = 3;

    private final AppPasswords appPasswords;
    private final FeverAnswers answers;
    private final FeverMarks marks;
    private final ObjectMapper json;

    public FeverRoutes(AppPasswords appPasswords, Subscriptions subscriptions, ReadingState reading, ObjectMapper json) {
        this.appPasswords = appPasswords;
        this.json = json;
        this.answers = new FeverAnswers(subscriptions, reading);
        this.marks = new FeverMarks(subscriptions, reading);
    }

    public void register(RoutesConfig routes) {
        for (String path : new String[] {PATH, FRESHRSS_PATH}) {
            routes.post(path, this::api);
            routes.get(path, this::api);
        }
    }

    void api(Context ctx) {
        FeverParams params = FeverParams.of(ctx);
        ObjectNode body = json.createObjectNode().put("api_version", API_VERSION);
        Optional<Reader> reader = appPasswords.authenticateFever(params.get("api_key"));
        if (reader.isEmpty()) {
            body.put("auth", 0);
            ctx.contentType("application/json").result(body.toString());
            return;
        }
        Reader who = reader.get();
        body.put("auth", 1).put("last_refreshed_on_time", answers.lastRefreshed(who));
        if (params.has("mark")) marks.mark(who, params, body);
        if (params.has("groups")) answers.groups(who, body);
        if (params.has("feeds")) answers.feeds(who, body);
        if (params.has("favicons")) answers.favicons(who, body);
        if (params.has("items")) answers.items(who, params, body);
        if (params.has("links")) body.putArray("links");
        if (params.has("unread_item_ids")) answers.unreadIds(who, body);
        if (params.has("saved_item_ids")) answers.savedIds(who, body);
        ctx.contentType("application/json").result(body.toString());
    }
}
