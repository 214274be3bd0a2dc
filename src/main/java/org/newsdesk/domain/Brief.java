package org.newsdesk.domain;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A story brief: what happened and why it matters.
 *
 * @param generated true when an AI service wrote it; false for the local version drawn from the articles
 * @param notice    for the local version, why the AI one is not shown, in words for the reader; null otherwise
 */
public record Brief(String whatHappened, String whyItMatters, boolean generated, @Nullable String notice) {
    public Brief {
        Objects.requireNonNull(whatHappened, "whatHappened");
        Objects.requireNonNull(whyItMatters, "whyItMatters");
    }
}
