package org.newsdesk.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class QueryTextParserTest {

    private final QueryTextParser parser = new QueryTextParser();

    @Test
    void readsWordsPhrasesAndExclusions() {
        ParsedQuery parsed = parser.parse("port  strike \"dock workers\" -rain -\"heat wave\"");

        assertThat(parsed.words()).containsExactly("port", "strike");
        assertThat(parsed.phrases()).containsExactly("dock workers");
        assertThat(parsed.excluded()).containsExactly("rain", "heat wave");
        assertThat(parsed.filters()).isEmpty();
        assertThat(parsed.warnings()).isEmpty();
    }

    @Test
    void readsEveryOperatorWithBareAndQuotedValues() {
        ParsedQuery parsed = parser.parse("budget source:harbor category:\"Northern Ireland\" tag:Belfast lang:en");

        assertThat(parsed.words()).containsExactly("budget");
        assertThat(parsed.filters()).containsExactly(
                new FieldFilter(FacetField.SOURCE, "harbor", false),
                new FieldFilter(FacetField.CATEGORY, "Northern Ireland", false),
                new FieldFilter(FacetField.TAG, "Belfast", false),
                new FieldFilter(FacetField.LANGUAGE, "en", false));
    }

    @Test
    void readsOperatorNamesInAnyCaseAndLanguageAsASynonymOfLang() {
        ParsedQuery parsed = parser.parse("SOURCE:\"Harbor Times\" Language:de");

        assertThat(parsed.filters()).containsExactly(
                new FieldFilter(FacetField.SOURCE, "Harbor Times", false),
                new FieldFilter(FacetField.LANGUAGE, "de", false));
    }

    @Test
    void negatesOperatorsWithALeadingMinus() {
        ParsedQuery parsed = parser.parse("election -category:sport -source:\"Valley Dispatch\"");

        assertThat(parsed.filters()).containsExactly(
                new FieldFilter(FacetField.CATEGORY, "sport", true),
                new FieldFilter(FacetField.SOURCE, "Valley Dispatch", true));
    }

    @Test
    void readsIsoDatesAndKeepsTheNarrowestBounds() {
        ParsedQuery parsed = parser.parse("after:2026-11-01 before:2026-12-01 after:2026-11-10 before:2026-12-20");

        assertThat(parsed.after()).isEqualTo(LocalDate.of(2026, 11, 10));
        assertThat(parsed.before()).isEqualTo(LocalDate.of(2026, 12, 1));
        assertThat(parsed.hasText()).isFalse();
        assertThat(parsed.hasFilters()).isTrue();
    }

    @Test
    void warnsAboutDatesItCannotReadAndIgnoresThem() {
        ParsedQuery parsed = parser.parse("strike before:yesterday after:2026-13-01 -after:2026-11-01");

        assertThat(parsed.words()).containsExactly("strike");
        assertThat(parsed.before()).isNull();
        assertThat(parsed.after()).isNull();
        assertThat(parsed.warnings()).containsExactly(
                "before: wants a date like 2026-11-20, not \"yesterday\"",
                "after: wants a date like 2026-11-20, not \"2026-13-01\"",
                "-after: was ignored: write before:2026-11-01 instead");
    }

    @Test
    void warnsAboutOperatorsWithoutAValue() {
        ParsedQuery parsed = parser.parse("tag: category:\"\" flood");

        assertThat(parsed.words()).containsExactly("flood");
        assertThat(parsed.filters()).isEmpty();
        assertThat(parsed.warnings()).containsExactly("tag: needs a value, e.g. tag:sport",
                "category: needs a value, e.g. category:\"Northern Ireland\"");
    }

    @Test
    void keepsUnknownOperatorsAndLinksAsWords() {
        ParsedQuery parsed = parser.parse("author:smith https://example.org/a covid-19");

        assertThat(parsed.words()).containsExactly("author:smith", "https://example.org/a", "covid-19");
        assertThat(parsed.filters()).isEmpty();
    }

    @Test
    void readsAnUnclosedQuoteToTheEnd() {
        ParsedQuery parsed = parser.parse("flood \"river  level rises");

        assertThat(parsed.words()).containsExactly("flood");
        assertThat(parsed.phrases()).containsExactly("river level rises");
    }

    @Test
    void dropsPunctuationThatCannotMatchAndALoneMinus() {
        ParsedQuery parsed = parser.parse("- & \"\" -- \"!!\" vote");

        assertThat(parsed.words()).containsExactly("vote");
        assertThat(parsed.phrases()).isEmpty();
        assertThat(parsed.excluded()).isEmpty();
    }

    @Test
    void readsNothingFromBlankText() {
        assertThat(parser.parse("   ")).isEqualTo(ParsedQuery.empty());
    }

    @Test
    void keepsTheFirst64WordsOfAPastedText() {
        String text = String.join(" ", java.util.Collections.nCopies(70, "word"));

        ParsedQuery parsed = parser.parse(text);

        assertThat(parsed.words()).hasSize(64);
        assertThat(parsed.warnings()).containsExactly("only the first 64 words were searched");
    }

    @Test
    void writesAParsedQueryBackAsTextThatParsesTheSame() {
        ParsedQuery parsed = parser.parse("strike \"dock workers\" -rain -\"heat wave\" category:\"Northern Ireland\" "
                + "-tag:sport lang:en after:2026-11-01 before:2026-12-01");

        assertThat(parsed.text()).isEqualTo("strike \"dock workers\" -rain -\"heat wave\" category:\"Northern Ireland\" "
                + "-tag:sport lang:en after:2026-11-01 before:2026-12-01");
        assertThat(parser.parse(parsed.text())).isEqualTo(parsed);
    }

    @Test
    void dropsOneFilterOrAllOfThemForRelaxedSearches() {
        ParsedQuery parsed = parser.parse("strike source:harbor tag:port after:2026-11-01");

        assertThat(parsed.without(new FieldFilter(FacetField.TAG, "port", false)).text())
                .isEqualTo("strike source:harbor after:2026-11-01");
        assertThat(parsed.withoutFilters().text()).isEqualTo("strike");
        assertThat(parsed.filters(FacetField.SOURCE)).containsExactly(new FieldFilter(FacetField.SOURCE, "harbor", false));
        assertThat(parsed.withWords(List.of("walkout")).text()).isEqualTo("walkout source:harbor tag:port after:2026-11-01");
    }
}
