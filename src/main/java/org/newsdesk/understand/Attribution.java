package org.newsdesk.understand;

import org.newsdesk.domain.Entity;

/**
 * Who said a quotation, and where the text says so.
 *
 * @param verb      the speech verb as written ("said", "told", "according to")
 * @param verbToken the verb's token index in its paragraph: two spans attributed by the same verb are one quotation
 *                  ("…," she said, "…")
 */
record Attribution(Entity speaker, String verb, int paragraph, int verbToken) {

    boolean sameAs(Attribution other) {
        return paragraph == other.paragraph && verbToken == other.verbToken;
    }
}
