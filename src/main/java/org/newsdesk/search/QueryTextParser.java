package org.newsdesk.search;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Reads what a reader typed into the search box: words, {@code "phrases"}, {@code -exclusions} and the operators
 * {@code source:}, {@code category:}, {@code tag:}, {@code lang:}, {@code after:} and {@code before:} (values may be
 * quoted: {@code category:"Northern Ireland"}). It never fails: what it cannot use becomes a warning, because a
 * search box should answer, not scold. Thread-safe (stateless).
 */
public final class QueryTextParser {

    private static final int MAX_LENGTH = 1000;
    /** Words, phrases and exclusions kept: a longer query is pasted text, and each one costs index lookups. */
    static final int MAX_TERMS = 64;

    public ParsedQuery parse(String text) {
        Run run = new Run(text.length() > MAX_LENGTH ? text.substring(0, MAX_LENGTH) : text);
        if (text.length() > MAX_LENGTH) run.warnings.add("only the first " + MAX_LENGTH + " characters were searched");
        run.readAll();
        return new ParsedQuery(run.words, run.phrases, run.excluded, run.filters, run.after, run.before, run.warnings);
    }

    /** One pass over one text: a cursor and what has been read so far. */
    private static final class Run {
        private final String text;
        private int pos;
        private final List<String> words = new ArrayList<>();
        private final List<String> phrases = new ArrayList<>();
        private final List<String> excluded = new ArrayList<>();
        private final List<FieldFilter> filters = new ArrayList<>();
        private final List<String> warnings = new ArrayList<>();
        private @Nullable LocalDate after;
        private @Nullable LocalDate before;

        Run(String text) {
            this.text = text;
        }

        void readAll() {
            while (skipSpace()) {
                boolean negated = text.charAt(pos) == '-' && pos + 1 < text.length()
                        && !Character.isWhitespace(text.charAt(pos + 1));
                if (negated) pos++;
                if (terms() >= MAX_TERMS) {
                    warnings.add("only the first " + MAX_TERMS + " words were searched");
                    return;
                }
                if (text.charAt(pos) == '"') {
                    addPhrase(readQuoted(), negated);
                } else {
                    readTerm(negated);
                }
            }
        }

        private int terms() {
            return words.size() + phrases.size() + excluded.size();
        }

        private void readTerm(boolean negated) {
            int colon = operatorColon();
            Optional<String> operator = colon < 0 ? Optional.empty() : Optional.of(text.substring(pos, colon));
            if (operator.isPresent() && isOperator(operator.get())) {
                pos = colon + 1;
                boolean quoted = pos < text.length() && text.charAt(pos) == '"';
                String value = quoted ? readQuoted() : readBare();
                addOperator(operator.get().toLowerCase(Locale.ROOT), value.strip(), negated);
            } else {
                String word = readBare();
                if (searchable(word)) (negated ? excluded : words).add(word);
            }
        }

        private void addPhrase(String phrase, boolean negated) {
            String normalized = phrase.strip().replaceAll("\\s+", " ");
            if (!searchable(normalized)) return;
            (negated ? excluded : phrases).add(normalized);
        }

        private void addOperator(String name, String value, boolean negated) {
            if (value.isEmpty()) {
                warnings.add(name + ": needs a value, e.g. " + name + ":" + example(name));
                return;
            }
            if (name.equals("after") || name.equals("before")) {
                addDate(name, value, negated);
                return;
            }
            FacetField field = FacetField.byOperator(name).orElseThrow();
            filters.add(new FieldFilter(field, value.replaceAll("\\s+", " "), negated));
        }

        private void addDate(String name, String value, boolean negated) {
            if (negated) {
                warnings.add("-" + name + ": was ignored: write " + (name.equals("after") ? "before:" : "after:") + value
                        + " instead");
                return;
            }
            LocalDate date;
            try {
                date = LocalDate.parse(value);
            } catch (DateTimeParseException e) {
                warnings.add(name + ": wants a date like 2026-11-20, not \"" + value + "\"");
                return;
            }
            // Several bounds of one kind: the narrowest wins, as each one alone would narrow the hits.
            if (name.equals("after")) {
                after = after == null || date.isAfter(after) ? date : after;
            } else {
                before = before == null || date.isBefore(before) ? date : before;
            }
        }

        /** Whether the text has something an index can match: punctuation alone matches nothing. */
        private static boolean searchable(String text) {
            return text.codePoints().anyMatch(Character::isLetterOrDigit);
        }

        /** The colon ending an operator name at the cursor ({@code name:}), or -1. */
        private int operatorColon() {
            int i = pos;
            while (i < text.length() && Character.isLetter(text.charAt(i))) i++;
            return i > pos && i < text.length() && text.charAt(i) == ':' ? i : -1;
        }

        private static boolean isOperator(String name) {
            String lower = name.toLowerCase(Locale.ROOT);
            return lower.equals("after") || lower.equals("before") || FacetField.byOperator(lower).isPresent();
        }

        private static String example(String name) {
            return switch (name) {
                case "after", "before" -> "2026-11-20";
                case "lang", "language" -> "en";
                case "category" -> "\"Northern Ireland\"";
                default -> "sport";
            };
        }

        /** Reads from an opening quote to the closing one, or to the end when it is missing. */
        private String readQuoted() {
            int start = pos + 1;
            int end = text.indexOf('"', start);
            pos = end < 0 ? text.length() : end + 1;
            return text.substring(start, end < 0 ? text.length() : end);
        }

        private String readBare() {
            int start = pos;
            while (pos < text.length() && !Character.isWhitespace(text.charAt(pos))) pos++;
            return text.substring(start, pos);
        }

        /** Moves past white space; false at the end of the text. */
        private boolean skipSpace() {
            while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) pos++;
            return pos < text.length();
        }
    }
}
