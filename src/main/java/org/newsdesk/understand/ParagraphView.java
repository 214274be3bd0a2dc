package org.newsdesk.understand;

import java.util.ArrayList;
import java.util.List;

/**
 * One paragraph seen as a whole for quotations: its words across sentence ends and its quoted spans.
 *
 * @param sentenceOf for each token, the article-wide index of its sentence
 */
record ParagraphView(int index, String text, List<Token> tokens, int[] sentenceOf, List<QuoteMarks.Span> spans) {

    static ParagraphView of(ArticleText article, int index, QuoteMarks marks) {
        List<Token> tokens = new ArrayList<>();
        List<Integer> sentences = new ArrayList<>();
        for (Sentence s : article.sentencesOf(index)) {
            for (Token t : s.tokens()) {
                tokens.add(t);
                sentences.add(s.index());
            }
        }
        String text = article.paragraphs().get(index);
        return new ParagraphView(index, text, List.copyOf(tokens), sentences.stream().mapToInt(Integer::intValue).toArray(),
                marks.spans(text));
    }

    /** The index of the first token starting at or after an offset (the token count when none). */
    int tokenAt(int offset) {
        for (int i = 0; i < tokens.size(); i++) if (tokens.get(i).start() >= offset) return i;
        return tokens.size();
    }

    /** The index of the last token starting before an offset, or -1. */
    int tokenBefore(int offset) {
        int found = -1;
        for (int i = 0; i < tokens.size() && tokens.get(i).start() < offset; i++) found = i;
        return found;
    }

    boolean quoted(int offset) {
        for (QuoteMarks.Span s : spans) if (s.contains(offset)) return true;
        return false;
    }

    /** Whether the token ends its sentence. */
    boolean endsSentence(int token) {
        return token + 1 >= tokens.size() || sentenceOf[token + 1] != sentenceOf[token];
    }

    /** Whether the token opens its sentence. */
    boolean opensSentence(int token) {
        return token == 0 || sentenceOf[token - 1] != sentenceOf[token];
    }
}
