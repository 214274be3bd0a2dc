package org.newsdesk.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DateParserTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "2024-03-05T09:30:00+01:00        | 2024-03-05T08:30:00Z",
        "2024-03-05T09:30:00.123-0500     | 2024-03-05T14:30:00.123Z",
        "2024-03-05T09:30:00Z             | 2024-03-05T09:30:00Z",
        "2024-03-05 09:30:00 +0000        | 2024-03-05T09:30:00Z",
        "2024-03-05T09:30                 | 2024-03-05T09:30:00Z",
        "2024-03-05                       | 2024-03-05T00:00:00Z",
        "2024/03/05                       | 2024-03-05T00:00:00Z",
        "Tue, 05 Mar 2024 09:30:00 GMT    | 2024-03-05T09:30:00Z",
        "Tue, 05 Mar 2024 09:30:00 +0200  | 2024-03-05T07:30:00Z",
        "March 5, 2024                    | 2024-03-05T00:00:00Z",
        "Mar. 5, 2024 9:30 a.m.           | 2024-03-05T09:30:00Z",
        "5 March 2024                     | 2024-03-05T00:00:00Z",
        "Published: March 5th, 2024       | 2024-03-05T00:00:00Z",
        "1709631000                       | 2024-03-05T09:30:00Z",
        "1709631000000                    | 2024-03-05T09:30:00Z",
    })
    void readsCommonLayouts(String raw, String expected) {
        assertThat(DateParser.parse(raw)).isEqualTo(Instant.parse(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "yesterday", "2024-13-45", "1850-01-01", "no date here", "12"})
    void givesNullForWhatIsNotADate(String raw) {
        assertThat(DateParser.parse(raw)).isNull();
    }
}
