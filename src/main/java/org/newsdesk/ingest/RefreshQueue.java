package org.newsdesk.ingest;

/** The scheduler as the source service sees it: told when a source became due, asked how much waits. */
public interface RefreshQueue {

    /** A source was made due now: look at the due sources without waiting for the next tick. */
    void wake();

    /** Sources due or being refreshed. */
    int queued();

    /** For processes that run no scheduler (most CLI commands): due sources wait for the next server start. */
    RefreshQueue NONE = new RefreshQueue() {
        @Override
        public void wake() {}

        @Override
        public int queued() {
            return 0;
        }
    };
}
