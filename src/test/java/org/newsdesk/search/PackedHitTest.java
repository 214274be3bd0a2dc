package org.newsdesk.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PackedHitTest {

    @Test
    void unpacksWhatItPacked() throws Exception {
        PackedHit hit = new PackedHit(42, 7, "Zürich café reopens", "https://example.org/a/42", "Harbor Times", 1_700_000_000_123L,
                "Síle Ní Bhriain", "de", List.of("World", "Local"), List.of("floods", "cafés"),
                "The café in Zürich reopened after the flood.\nIt had been shut for a week. ".repeat(400));

        assertThat(PackedHit.unpack(hit.pack())).isEqualTo(hit);
    }

    @Test
    void keepsAMissingBylineAndLanguageApartFromEmptyOnes() throws Exception {
        PackedHit missing = new PackedHit(1, 2, "T", "u", "S", 0, null, null, List.of(), List.of(), "");
        PackedHit empty = new PackedHit(1, 2, "T", "u", "S", 0, "", "", List.of(), List.of(), "");

        assertThat(PackedHit.unpack(missing.pack())).isEqualTo(missing);
        assertThat(PackedHit.unpack(empty.pack())).isEqualTo(empty);
    }
}
