package org.newsdesk.web;

import java.util.List;

/** The models of each reader's story marks: the bar on a story page and the marks on story cards. */
public final class StoryViews {

    private StoryViews() {}

    /**
     * The story page's bar: how much of the story the reader has read, and the button that marks it all read (up
     * to when the page was shown) or all unread.
     */
    public record Bar(String key, int read, int total, String cutoff, String csrf) {
        public boolean done() {
            return total > 0 && read == total;
        }
    }

    /** A story card's marks: read (signed-in readers only) and how many comments it has. */
    public record CardMarks(String key, boolean read, long comments) {}

    public record CardMarksList(List<CardMarks> marks, boolean signedIn) {}
}
