package org.newsdesk.web;

import java.util.Objects;
import org.newsdesk.readers.Accounts;
import org.newsdesk.readers.AppPasswords;
import org.newsdesk.readers.Comments;
import org.newsdesk.readers.CsrfTokens;
import org.newsdesk.readers.Invitations;
import org.newsdesk.readers.ReadingState;
import org.newsdesk.readers.SavedSearches;
import org.newsdesk.readers.Subscriptions;

/**
 * The readers' services the web pages use: accounts, invitations, app passwords, reading state, comments,
 * subscriptions and saved searches.
 */
public record Membership(Accounts accounts, Invitations invitations, AppPasswords appPasswords, CsrfTokens csrf,
                         ReadingState reading, Comments comments, Subscriptions subscriptions,
                         SavedSearches savedSearches) {
    public Membership {
        Objects.requireNonNull(accounts, "accounts");
        Objects.requireNonNull(invitations, "invitations");
        Objects.requireNonNull(appPasswords, "appPasswords");
        Objects.requireNonNull(csrf, "csrf");
        Objects.requireNonNull(reading, "reading");
        Objects.requireNonNull(comments, "comments");
        Objects.requireNonNull(subscriptions, "subscriptions");
        Objects.requireNonNull(savedSearches, "savedSearches");
    }
}
