package org.newsdesk.web;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.newsdesk.domain.Comment;
import org.newsdesk.domain.Reader;

/** The models of the readers' pages and fragments: accounts, administration, comments, reading state. */
public final class ReaderModels {

    private ReaderModels() {}

    /** The sign-in, first-run and invitation forms: they share a layout. */
    public record SignInForm(String kind, String title, String action, String csrf, String name,
                             @Nullable String next, @Nullable String error, @Nullable String notice) {}

    /** A session in the account's list. */
    public record SessionRow(long id, String kind, String started, String lastSeen, String address, String agent,
                             boolean current) {}

    public record AppPasswordRow(long id, String label, String created, String lastUsed) {}

    /** An app password just made: its secret is shown on this page only. */
    public record NewSecret(String label, String secret, String name, String server) {}

    public record AccountPage(Reader reader, String csrf, List<SessionRow> sessions, List<AppPasswordRow> appPasswords,
                              @Nullable NewSecret created, String server, @Nullable String message,
                              @Nullable String error) {}

    public record ReaderRow(Reader reader, String joined, @Nullable String ban, boolean self) {}

    public record InviteRow(long id, String role, String created, String expires, String state) {}

    public record AdminPage(Reader admin, String csrf, List<ReaderRow> readers, List<InviteRow> invites,
                            boolean publicMode, @Nullable String inviteLink, @Nullable String message,
                            @Nullable String error) {}

    /** A comment as the viewer sees it, with what they may do to it. */
    public record CommentView(Comment comment, String ago, String exact, boolean mine, boolean canEdit,
                              boolean canDelete, boolean canModerate, boolean removed) {}

    public record ThreadView(CommentView comment, List<CommentView> replies) {}

    /** The comments section of an article or a story; {@code path} is its page, where the section's forms post. */
    public record CommentsSection(String path, String title, long count, List<ThreadView> threads,
                                  @Nullable Reader viewer, String csrf, boolean banned, @Nullable String error,
                                  @Nullable Long errorParent, String draft) {}

    /** One article's read and star buttons, with its comment count. */
    public record Marks(long articleId, boolean read, boolean starred, long comments) {}

    public record MarksList(List<Marks> marks, String csrf) {}

    /** The masthead's account links. */
    public record Menu(@Nullable Reader reader, String csrf, boolean accountsExist) {}

    /** The bar above the front page: the first-run banner, or the reader's All / Unread / Starred tabs. */
    public record FrontBar(boolean accountsExist, @Nullable Reader reader, long unread, long starred, String current) {}

    /** The bar above a source or category page: its unread count and "mark all as read". */
    public record ListingBar(String scope, String value, long unread, String cutoff, String csrf, String back) {}

    /** The reader's own lists: unread and starred. */
    public record ReadingList(String kind, String title, String empty, long count, Pages.River river,
                              FrontBar bar) {}
}
