package org.newsdesk.understand;

import java.util.List;

/**
 * A sentence of an article: where it sits and its words.
 *
 * @param paragraph the index of its paragraph in {@link ArticleText#paragraphs()}
 * @param index     its index among all the article's sentences
 * @param start     its offset in the paragraph
 */
record Sentence(int paragraph, int index, int start, int end, String text, List<Token> tokens) {

    Sentence {
        tokens = List.copyOf(tokens);
    }

    int wordCount() {
        int n = 0;
        for (Token t : tokens) if (t.isWord()) n++;
        return n;
    }
}
