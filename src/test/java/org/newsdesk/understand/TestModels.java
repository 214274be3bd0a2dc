package org.newsdesk.understand;

/** The models every test shares, loaded once per test run (they take a second or two). */
final class TestModels {

    private static SentenceEmbedder embedder;

    private TestModels() {
    }

    static synchronized SentenceEmbedder embedder() {
        if (embedder == null) embedder = new SentenceEmbedder();
        return embedder;
    }
}
