package org.newsdesk.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class ManuscriptReaderTest {
    private final ManuscriptReader reader = new ManuscriptReader();

    @Test
    void readsTheHeaderAndJoinsWrappedParagraphLines() {
        Manuscript m = reader.read("test.txt", """
                outlet: valley-dispatch
                slug: fair-opens
                event: county-fair
                age: 26h30m
                title: County fair opens: "best pies in years"
                standfirst: Crowds return to the fairground.
                author: Luis Navarro
                section: News
                tags: Fair, Millbrook ,
                image: The Ferris wheel at dusk. | Photo: Amy Tran/Valley Dispatch
                members: yes
                ---
                The gates opened at nine,
                and the line was long.

                ## Pies

                > “Best pies in years,” the judge said.
                """);
        assertThat(m.outlet()).isEqualTo(Outlet.VALLEY_DISPATCH);
        assertThat(m.age()).isEqualTo(Duration.ofMinutes(26 * 60 + 30));
        assertThat(m.title()).isEqualTo("County fair opens: \"best pies in years\"");
        assertThat(m.tags()).containsExactly("Fair", "Millbrook");
        assertThat(m.picture()).isEqualTo(
                new Manuscript.Picture("The Ferris wheel at dusk.", "Photo: Amy Tran/Valley Dispatch"));
        assertThat(m.paragraphs()).containsExactly(
                "The gates opened at nine, and the line was long.", "## Pies", "> “Best pies in years,” the judge said.");
        assertThat(m.membersOnly()).isTrue();
        assertThat(m.republication()).isNull();
        assertThat(m.correction()).isNull();
    }

    @Test
    void readsARepublishedWireStoryAndItsEdits() {
        Manuscript m = reader.read("copy.txt", """
                outlet: harbor-times
                slug: quake-copy
                event: quake
                age: 3h
                title: Quake
                standfirst: A quake.
                author: Meridian Wire staff
                section: World
                wire: quake-original
                drop: 2, 5
                edit: more than => over
                attribution: note, canonical
                ---
                """);
        assertThat(m.paragraphs()).isEmpty();
        assertThat(m.republication()).isEqualTo(new Manuscript.Republication("quake-original", List.of(2, 5),
                List.of(new Manuscript.Edit("more than", "over")), true, true));
    }

    @Test
    void rejectsAFileWithoutTheHeaderSeparator() {
        assertThatThrownBy(() -> reader.read("broken.txt", "outlet: harbor-times\nNo separator here.\n"))
                .isInstanceOfSatisfying(DemoNetworkException.class,
                        e -> assertThat(e.reason()).isEqualTo(DemoNetworkException.Reason.BROKEN_CONTENT))
                .hasMessage("broken.txt: no '---' line after the header");
    }

    @Test
    void namesTheMissingField() {
        assertThatThrownBy(() -> reader.read("short.txt", "outlet: harbor-times\nslug: x\n---\nText.\n"))
                .isInstanceOf(DemoNetworkException.class)
                .hasMessage("short.txt: the header lacks 'event'");
    }

    @Test
    void readsAllFortyFiledArticles() {
        List<Manuscript> all = reader.readAll();
        assertThat(all).hasSize(40);
        assertThat(all.stream().filter(m -> m.correction() != null)).extracting(Manuscript::slug)
                .containsExactly("council-approves-budget");
    }
}
