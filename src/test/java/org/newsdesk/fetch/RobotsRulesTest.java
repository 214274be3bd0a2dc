package org.newsdesk.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RobotsRulesTest {

    private static RobotsRules rules(String text) {
        return RobotsRules.parse(text, "Newsdesk");
    }

    @Test
    void emptyFileAllowsEverything() {
        assertThat(rules("").allows("/anything")).isTrue();
    }

    @Test
    void starGroupAppliesWhenNoGroupNamesUs() {
        RobotsRules rules = rules("""
                User-agent: Googlebot
                Disallow: /

                User-agent: *
                Disallow: /private/
                """);
        assertThat(rules.allows("/news/1")).isTrue();
        assertThat(rules.allows("/private/x")).isFalse();
    }

    @Test
    void ourGroupReplacesStarGroup() {
        RobotsRules rules = rules("""
                User-agent: *
                Disallow: /

                User-agent: newsdesk
                Disallow: /drafts/
                """);
        assertThat(rules.allows("/news/1")).isTrue();
        assertThat(rules.allows("/drafts/1")).isFalse();
    }

    @Test
    void ourGroupWithoutRulesAllowsEverythingDespiteStar() {
        RobotsRules rules = rules("""
                User-agent: Newsdesk
                Disallow:

                User-agent: *
                Disallow: /
                """);
        assertThat(rules.allows("/news/1")).isTrue();
    }

    @Test
    void versionAfterProductTokenStillMatches() {
        assertThat(rules("User-agent: Newsdesk/0.1\nDisallow: /a\n").allows("/a")).isFalse();
    }

    @Test
    void otherCrawlersNamedLikeUsDoNotMatch() {
        assertThat(rules("User-agent: NewsdeskBot\nDisallow: /\n").allows("/a")).isTrue();
    }

    @Test
    void severalUserAgentLinesShareOneGroup() {
        RobotsRules rules = rules("""
                User-agent: Googlebot
                User-agent: Newsdesk
                Disallow: /shared
                """);
        assertThat(rules.allows("/shared/page")).isFalse();
    }

    @Test
    void groupsNamingUsTwiceAreMerged() {
        RobotsRules rules = rules("""
                User-agent: Newsdesk
                Disallow: /a

                User-agent: Other
                Disallow: /b

                User-agent: Newsdesk
                Disallow: /c
                """);
        assertThat(rules.allows("/a")).isFalse();
        assertThat(rules.allows("/b")).isTrue();
        assertThat(rules.allows("/c")).isFalse();
    }

    @Test
    void longestMatchWins() {
        RobotsRules rules = rules("""
                User-agent: *
                Disallow: /news/
                Allow: /news/public/
                """);
        assertThat(rules.allows("/news/secret")).isFalse();
        assertThat(rules.allows("/news/public/1")).isTrue();
    }

    @Test
    void allowWinsATieOfEqualLength() {
        RobotsRules rules = rules("""
                User-agent: *
                Disallow: /page
                Allow: /page
                """);
        assertThat(rules.allows("/page")).isTrue();
    }

    @Test
    void starMatchesAnyRun() {
        RobotsRules rules = rules("User-agent: *\nDisallow: /*/print\n");
        assertThat(rules.allows("/2024/story/print")).isFalse();
        assertThat(rules.allows("/2024/story")).isTrue();
    }

    @Test
    void dollarAnchorsTheEnd() {
        RobotsRules rules = rules("User-agent: *\nDisallow: /*.pdf$\n");
        assertThat(rules.allows("/files/report.pdf")).isFalse();
        assertThat(rules.allows("/files/report.pdf?download=1")).isTrue();
    }

    @Test
    void queryIsPartOfThePath() {
        RobotsRules rules = rules("User-agent: *\nDisallow: /*?session=\n");
        assertThat(rules.allows("/story?session=1")).isFalse();
        assertThat(rules.allows("/story?id=1")).isTrue();
    }

    @Test
    void commentsBlankLinesAndCaseOfKeysAreTolerated() {
        RobotsRules rules = rules("""
                # our rules
                USER-AGENT: *   # everyone

                DISALLOW: /tmp  # scratch
                """);
        assertThat(rules.allows("/tmp/x")).isFalse();
        assertThat(rules.allows("/news")).isTrue();
    }

    @Test
    void rulesBeforeAnyUserAgentAreIgnored() {
        assertThat(rules("Disallow: /\nUser-agent: *\nDisallow: /x\n").allows("/a")).isTrue();
    }

    @Test
    void robotsTxtItselfIsAlwaysAllowed() {
        assertThat(rules("User-agent: *\nDisallow: /\n").allows("/robots.txt")).isTrue();
    }

    @Test
    void disallowEverything() {
        assertThat(rules("User-agent: *\nDisallow: /\n").allows("/")).isFalse();
    }

    @Test
    void nonAsciiPatternsMatchPercentEncodedPaths() {
        RobotsRules rules = rules("User-agent: *\nDisallow: /café\n");
        assertThat(rules.allows("/caf%c3%a9/menu")).isFalse();
        assertThat(rules.allows("/cafe")).isTrue();
    }

    @Test
    void matcherHandlesManyStarsWithoutBacktracking() {
        String pattern = "/" + "*a".repeat(50) + "$";
        assertThat(RobotsRules.matches(pattern, "/" + "a".repeat(49) + "b")).isFalse();
        assertThat(RobotsRules.matches(pattern, "/" + "a".repeat(50))).isTrue();
    }
}
