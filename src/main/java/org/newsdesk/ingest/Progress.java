package org.newsdesk.ingest;

/** Told how far a long task has come, e.g. to draw a progress bar. Called from the task's thread. */
@FunctionalInterface
public interface Progress {

    void advance(long done, long total);

    Progress NONE = (done, total) -> {};
}
