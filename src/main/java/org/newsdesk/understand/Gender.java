package org.newsdesk.understand;

/** What a name or honorific says about whether "he" or "she" can refer to a person. */
enum Gender {
    MALE, FEMALE, UNKNOWN;

    boolean agreesWith(Gender other) {
        return this == UNKNOWN || other == UNKNOWN || this == other;
    }

    static Gender of(String code) {
        return switch (code) {
            case "m" -> MALE;
            case "f" -> FEMALE;
            default -> UNKNOWN;
        };
    }
}
