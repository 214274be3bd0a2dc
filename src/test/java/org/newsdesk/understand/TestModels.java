package org.newsdesk.understand;

/** The models every test shares, loaded once per test run (they take a second or two). */
final class TestModels {

    private static SentenceEmbedder embedder;
    private static Understanding understanding;

    private TestModels() {
    }

    static synchronized SentenceEmbedder embedder() {
        if (embedder == null) embedder = new SentenceEmbedder();
        return embedder;
    }

    static synchronized Understanding understanding() {
        if (understanding == null) understanding = new Understanding(embedder());
        return understanding;
    }
}
