package org.newsdesk.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;
import org.newsdesk.domain.ArticleContent;

/** Non-Latin pages: the body, title and language come out as for English ones. */
class ScriptsTest {

    private final ArticleExtractor extractor = new ArticleExtractor();

    private ArticleContent extract(String fixture) {
        return extractor.extract(Fixtures.read(fixture), URI.create("https://news.example/a"));
    }

    @Test
    void readsCyrillic() {
        ArticleContent c = extract("script-cyrillic.html");
        assertThat(c.title()).isEqualTo("В городе открылся новый парк");
        assertThat(c.authors()).containsExactly("Иван Петров");
        assertThat(c.language()).isEqualTo("ru");
        assertThat(c.bodyText()).isEqualTo("""
                В субботу в северном районе города открылся новый парк площадью двенадцать гектаров, с прудом и \
                детскими площадками.
                По словам мэра, строительство заняло два года, а деревья для парка выращивали в местном питомнике.""");
        assertThat(c.related()).extracting(r -> r.title()).containsExactly("Как в городе выращивают деревья для парков");
    }

    @Test
    void readsKorean() {
        ArticleContent c = extract("script-korean.html");
        assertThat(c.title()).isEqualTo("서울 지하철 새 노선 개통");
        assertThat(c.bodyText().lines()).hasSize(2).allMatch(l -> l.startsWith("서울"));
        assertThat(c.bodyText()).doesNotContain("관련기사", "요금");
    }

    @Test
    void readsJapanese() {
        ArticleContent c = extract("script-japanese.html");
        assertThat(c.title()).isEqualTo("京都で紅葉が見頃に");
        assertThat(c.bodyText().lines()).containsExactly(
                "京都市内の寺院で紅葉が見頃を迎え、週末には多くの観光客が訪れた。今年は気温が高く、例年より一週間ほど遅いという。",
                "嵐山や東福寺では朝から長い行列ができ、地元の商店街もにぎわいを見せた。見頃は今月末まで続く見込みだ。");
    }

    @Test
    void readsArabic() {
        ArticleContent c = extract("script-arabic.html");
        assertThat(c.title()).isEqualTo("افتتاح معرض الكتاب في المدينة");
        assertThat(c.language()).isEqualTo("ar");
        assertThat(c.bodyText().lines()).hasSize(2);
        assertThat(c.bodyText()).doesNotContain("الرئيسية", "محفوظة");
    }
}
