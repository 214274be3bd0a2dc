package org.newsdesk.understand;

import java.util.ArrayList;
import java.util.List;
import org.newsdesk.domain.ArticleContent;

/**
 * An article cut up once for every pass: its title, paragraphs (the standfirst first when the body does not repeat
 * it) and sentences with their words.
 *
 * @param bodyStart the index of the first paragraph of the body proper (1 when a standfirst leads)
 */
record ArticleText(String title, List<String> paragraphs, List<Sentence> sentences, int bodyStart, boolean english) {

    private static final int MOST_CHARS = 60_000;

    ArticleText {
        paragraphs = List.copyOf(paragraphs);
        sentences = List.copyOf(sentences);
    }

    static ArticleText of(ArticleContent content, boolean english, SentenceSplitter splitter) {
        List<String> paragraphs = new ArrayList<>();
        String standfirst = content.standfirst() == null ? "" : content.standfirst().strip();
        if (!standfirst.isEmpty() && !content.bodyText().startsWith(standfirst)) paragraphs.add(standfirst);
        int bodyStart = paragraphs.size();
        int chars = 0;
        for (String line : content.bodyText().split("\n")) {
            String p = line.strip();
            if (p.isEmpty()) continue;
            if (chars > MOST_CHARS) break; // a book-length page: its opening says what it is about
            paragraphs.add(p);
            chars += p.length();
        }
        List<Sentence> sentences = new ArrayList<>();
        for (int i = 0; i < paragraphs.size(); i++) {
            sentences.addAll(splitter.split(paragraphs.get(i), i, sentences.size(), english));
        }
        return new ArticleText(content.title().strip(), paragraphs, sentences, bodyStart, english);
    }

    /** The sentences of one paragraph. */
    List<Sentence> sentencesOf(int paragraph) {
        List<Sentence> out = new ArrayList<>();
        for (Sentence s : sentences) {
            if (s.paragraph() == paragraph) out.add(s);
            else if (s.paragraph() > paragraph) break;
        }
        return out;
    }
}
