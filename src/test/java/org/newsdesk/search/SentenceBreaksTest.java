package org.newsdesk.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.BreakIterator;
import org.junit.jupiter.api.Test;

class SentenceBreaksTest {

    private static final String TEXT = "The port reopened. Was it safe? Yes!\nCrews worked at 3.5 knots";

    @Test
    void breaksAfterSentenceEndsFollowedBySpaceAndAfterLineBreaks() {
        SentenceBreaks breaks = new SentenceBreaks();
        breaks.setText(TEXT);

        assertThat(breaks.first()).isZero();
        assertThat(breaks.next()).isEqualTo(19);
        assertThat(breaks.next()).isEqualTo(32);
        assertThat(breaks.next()).isEqualTo(37);
        assertThat(breaks.next()).isEqualTo(TEXT.length());
        assertThat(breaks.next()).isEqualTo(BreakIterator.DONE);
    }

    @Test
    void findsTheBoundariesAroundAnOffset() {
        SentenceBreaks breaks = new SentenceBreaks();
        breaks.setText(TEXT);

        assertThat(breaks.preceding(25)).isEqualTo(19);
        assertThat(breaks.following(25)).isEqualTo(32);
        assertThat(breaks.following(32)).isEqualTo(37);
        assertThat(breaks.preceding(19)).isZero();
        assertThat(breaks.preceding(0)).isEqualTo(BreakIterator.DONE);
        assertThat(breaks.following(TEXT.length())).isEqualTo(BreakIterator.DONE);
        assertThat(breaks.last()).isEqualTo(TEXT.length());
        assertThat(breaks.previous()).isEqualTo(37);
    }

    @Test
    void startsSentencesAfterLineBreaksAndEndsOnlyWhenSpaceFollows() {
        SentenceBreaks breaks = new SentenceBreaks();
        String text = "\n  Lead line\nNext. \n After (3.5 mm)!\tEnd?  ";
        breaks.setText(text);

        assertThat(breaks.first()).isZero();
        assertThat(breaks.next()).isEqualTo(3);
        assertThat(breaks.next()).isEqualTo(13);
        assertThat(breaks.next()).isEqualTo(21);
        assertThat(breaks.next()).isEqualTo(37);
        assertThat(breaks.next()).isEqualTo(text.length());
        assertThat(breaks.preceding(21)).isEqualTo(13);
        assertThat(breaks.preceding(22)).isEqualTo(21);
        assertThat(breaks.following(18)).isEqualTo(21);
        assertThat(breaks.following(5)).isEqualTo(13);
        assertThat(breaks.preceding(text.length() + 5)).isEqualTo(text.length());
    }
}
