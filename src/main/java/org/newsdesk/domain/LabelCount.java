package org.newsdesk.domain;

import java.util.Objects;

/** A label and how many articles carry it. */
public record LabelCount(String label, long count) {
    public LabelCount {
        Objects.requireNonNull(label, "label");
    }
}
