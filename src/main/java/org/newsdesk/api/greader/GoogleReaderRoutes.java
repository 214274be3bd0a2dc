package org.newsdesk.api.greader;

import static org.newsdesk.api.ReaderErrors.answering;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import org.newsdesk.domain.Reader;
import org.newsdesk.readers.AppPasswords;
import org.newsdesk.readers.Authenticated;
import org.newsdesk.readers.CsrfTokens;
import org.newsdesk.readers.ReaderException;
import org.newsdesk.readers.ReadingState;
import org.newsdesk.readers.SignedIn;
import org.newsdesk.readers.Subscriptions;

/**
 * Every route of the Google Reader API, under {@value #BASE}: apps are given that as their server address. The
 * account routes are handled here, subscriptions and tags by {@link SubscriptionHandlers}, streams and marks by
 * {@link StreamHandlers}. Thread-safe.
 */
public final class GoogleReaderRoutes {
    public static final String BASE = "/api/greader";
    /** Where FreshRSS serves the API; apps set up for FreshRSS add it to the server address. */
    public static final String FRESHRSS_BASE = "/api/greader.php";
    static final String API = "/reader/api/0";

    private final AppPasswords appPasswords;
    private final GoogleReaderAuth auth;
    private final GoogleReaderJson json;
    private final SubscriptionHandlers subscriptions;
    private final StreamHandlers streams;

    public GoogleReaderRoutes(AppPasswords appPasswords, CsrfTokens csrf, Subscriptions subscriptions,
                              ReadingState reading, ObjectMapper mapper) {
        this.appPasswords = appPasswords;
        this.auth = new GoogleReaderAuth(appPasswords, csrf);
        this.json = new GoogleReaderJson(mapper);
        this.subscriptions = new SubscriptionHandlers(auth, json, subscriptions);
        this.streams = new StreamHandlers(auth, json, subscriptions, reading);
    }

    /** Registers every route under {@value #BASE} and under FreshRSS's {@value #FRESHRSS_BASE}, which some apps add. */
    public void register(RoutesConfig routes) {
        register(routes, BASE);
        register(routes, FRESHRSS_BASE);
    }

    private void register(RoutesConfig routes, String base) {
        String api = base + API;
        routes.post(base + "/accounts/ClientLogin", answering(this::clientLogin));
        routes.get(base + "/accounts/ClientLogin", answering(this::clientLogin));
        routes.get(api + "/token", this::token);
        routes.get(api + "/user-info", this::userInfo);
        routes.get(api + "/subscription/list", subscriptions::list);
        routes.post(api + "/subscription/edit", answering(subscriptions::edit));
        routes.post(api + "/subscription/quickadd", subscriptions::quickAdd);
        routes.get(api + "/subscription/export", subscriptions::exportOpml);
        routes.post(api + "/subscription/import", answering(subscriptions::importOpml));
        routes.get(api + "/tag/list", subscriptions::tagList);
        routes.post(api + "/rename-tag", answering(subscriptions::renameTag));
        routes.post(api + "/disable-tag", answering(subscriptions::disableTag));
        routes.get(api + "/unread-count", streams::unreadCount);
        routes.get(api + "/stream/items/ids", streams::itemIds);
        routes.get(api + "/stream/items/contents", streams::itemContents);
        routes.post(api + "/stream/items/contents", streams::itemContents);
        routes.get(api + "/stream/contents", streams::contents);
        routes.get(api + "/stream/contents/<stream>", streams::contents);
        routes.post(api + "/edit-tag", streams::editTag);
        routes.post(api + "/mark-all-as-read", streams::markAllAsRead);
    }

    /** Email (the reader's name) and Passwd (an app password) in; the session token out, as SID and Auth. */
    void clientLogin(Context ctx) {
        Params params = Params.of(ctx);
        try {
            SignedIn signedIn = appPasswords.signIn(params.first("Email", ""), params.first("Passwd", ""), ctx.ip(),
                    ctx.header("User-Agent"));
            String token = signedIn.token();
            if ("json".equals(params.first("output"))) {
                ObjectNode body = json.object().put("SID", token).put("LSID", "null").put("Auth", token);
                ctx.contentType("application/json").result(json.write(body));
            } else {
                ctx.contentType("text/plain; charset=utf-8").result("SID=" + token + "\nLSID=null\nAuth=" + token + "\n");
            }
        } catch (ReaderException e) {
            if (e.reason() != ReaderException.Reason.SIGN_IN_FAILED) throw e;
            ctx.status(401).contentType("text/plain; charset=utf-8").result("Error=BadAuthentication\n");
        }
    }

    /** The edit token apps send back as {@code T}. */
    void token(Context ctx) {
        Authenticated who = auth.require(ctx);
        ctx.contentType("text/plain; charset=utf-8").result(auth.editToken(who));
    }

    void userInfo(Context ctx) {
        Reader reader = auth.require(ctx).reader();
        ObjectNode body = json.object()
                .put("userId", Long.toString(reader.id()))
                .put("userName", reader.name())
                .put("userProfileId", Long.toString(reader.id()))
                .put("userEmail", "")
                .put("isBloggerUser", false)
                .put("signupTimeSec", reader.createdAt().getEpochSecond())
                .put("isMultiLoginEnabled", false);
        ctx.contentType("application/json").result(json.write(body));
    }
}
