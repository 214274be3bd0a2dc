package org.newsdesk.domain;

import java.util.Objects;

/** One reader's folder of subscriptions (a label in the Google Reader API, a group in Fever). */
public record Folder(long id, long readerId, String name) {
    public Folder {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) throw new IllegalArgumentException("a folder's name must not be blank");
    }
}
