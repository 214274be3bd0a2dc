package org.newsdesk.understand;

/**
 * A word or punctuation mark of a paragraph, with its offsets there.
 *
 * @param initial    the token opens a sentence, a quotation or a clause after a colon, where a capital letter says
 *                   nothing about being a name
 * @param possessive the word was followed by a possessive "'s", which is not part of the token
 */
record Token(String text, int start, int end, boolean initial, boolean possessive) {

    boolean isWord() {
        return Character.isLetterOrDigit(text.codePointAt(0));
    }

    /** Starts with a capital letter ("Merkel", "NATO", "McDonald"). */
    boolean capitalised() {
        return Character.isUpperCase(text.codePointAt(0));
    }

    /** Two or more letters, all capitals ("NATO", "US"). */
    boolean acronym() {
        if (text.length() < 2) return false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c) && !Character.isUpperCase(c)) return false;
            if (!Character.isLetter(c) && c != '.' && c != '&') return false;
        }
        return true;
    }

    boolean is(String word) {
        return text.equalsIgnoreCase(word);
    }
}
