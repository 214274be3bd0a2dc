package org.newsdesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class JsonListsTest {

    private final JsonLists lists = new JsonLists();

    @Test
    void readsBackTheStringsItWritesWithAndWithoutEscapes() {
        List<List<String>> samples = List.of(List.of(), List.of(""), List.of("Port"), List.of("a", "", "b"),
                List.of("Les Échos", "東京", "😀 grin"), List.of("say \"hi\"", "back\\slash", "a\",\"b"),
                List.of("line\nbreak", "tab\tin"), List.of("[\"", "\"]", ","));

        for (List<String> sample : samples) {
            assertThat(lists.strings(lists.strings(sample), "sample")).as(sample.toString()).isEqualTo(sample);
        }
    }

    @Test
    void readsPlainListsWithoutTheParserAndLeavesTheRestToIt() {
        assertThat(JsonLists.plainStrings("[]")).isEmpty();
        assertThat(JsonLists.plainStrings("[\"\"]")).containsExactly("");
        assertThat(JsonLists.plainStrings("[\"Port Season\",\"Les Échos\"]")).containsExactly("Port Season", "Les Échos");
        assertThat(JsonLists.plainStrings("[\"a\\\"b\"]")).isNull();
        assertThat(JsonLists.plainStrings("[\"a\", \"b\"]")).isNull();
        assertThat(JsonLists.plainStrings("[\"a\"],[\"b\"]")).isNull();
        assertThat(JsonLists.plainStrings("[\"a\"\"]")).isNull();
        assertThat(JsonLists.plainStrings("[\"a\nb\"]")).isNull();
        assertThat(JsonLists.plainStrings("[\"]")).isNull();
        assertThat(JsonLists.plainStrings(" [\"a\"]")).isNull();
    }

    @Test
    void refusesWhatIsNotAListOfStringsEvenWhereItLooksPlain() {
        for (String json : List.of("[\"a\"\"]", "[\"a\nb\"]", "[\"]", "[1]", "{}")) {
            assertThatThrownBy(() -> lists.strings(json, "the tags of article 7")).as(json)
                    .isInstanceOf(StoreException.class)
                    .hasMessageStartingWith("the tags of article 7 is not a JSON list as Newsdesk writes it: ");
        }
    }
}
