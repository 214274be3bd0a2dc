package org.newsdesk.understand;

import java.util.List;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.ThreadSafePOSTaggerME;

/**
 * Whether words after a speech verb read as a clause ("Arjun studies for five hours"), asked of OpenNLP's
 * part-of-speech model only when cheaper signs (an auxiliary, a past tense) are missing. Thread-safe.
 */
final class ClauseVerbs {

    private final ThreadSafePOSTaggerME tagger;

    ClauseVerbs(POSModel model) {
        this.tagger = new ThreadSafePOSTaggerME(model);
    }

    /** A verb or auxiliary after the first word, not an infinitive ("told residents to leave"). */
    boolean hasVerb(List<Token> words) {
        if (words.size() < 2) return false;
        String[] text = words.stream().map(Token::text).toArray(String[]::new);
        String[] tags = tagger.tag(text);
        for (int i = 1; i < tags.length; i++) {
            boolean verb = tags[i].equals("VERB") || tags[i].equals("AUX");
            if (verb && !text[i - 1].equalsIgnoreCase("to")) return true;
        }
        return false;
    }
}
