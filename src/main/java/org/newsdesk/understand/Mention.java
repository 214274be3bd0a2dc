package org.newsdesk.understand;

import org.jspecify.annotations.Nullable;

/**
 * One place in the text where a name is written.
 *
 * @param start   offset of the name (without its title) in the paragraph
 * @param name    the name as written, without a title, "the" or a possessive
 * @param title   the title written before it ("prime minister"), if any
 * @param weak    a single capitalised word opening a sentence or quotation: a name only if the rest of the article
 *                says so
 * @param possessive the name is followed by "'s"
 * @param tokens  how many words the name has
 * @param cues    what the words around it say about its type
 */
record Mention(int paragraph, int sentence, int start, int end, String name, @Nullable String title, boolean weak,
               boolean possessive, int tokens, Cues cues) {

    String key() {
        return Names.fold(name).replace('-', ' ');
    }

    /** Evidence for each type, added up over an entity's mentions. */
    record Cues(float person, float place, float organisation, Gender gender) {

        static final Cues NONE = new Cues(0, 0, 0, Gender.UNKNOWN);

        /** The sum of two sets of votes; the first gender heard stands. */
        Cues plus(Cues o) {
            return new Cues(person + o.person, place + o.place, organisation + o.organisation,
                    gender == Gender.UNKNOWN ? o.gender : gender);
        }
    }
}
