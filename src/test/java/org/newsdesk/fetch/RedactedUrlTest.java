package org.newsdesk.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;

class RedactedUrlTest {

    @Test
    void dropsUserInfo() {
        assertThat(RedactedUrl.of(URI.create("https://alice:pw@feeds.example:8443/a/b?x=1#top")))
                .isEqualTo("https://feeds.example:8443/a/b?x=1#top");
    }

    @Test
    void masksSecretLookingQueryValues() {
        assertThat(RedactedUrl.of(URI.create("https://feeds.example/rss?id=7&token=abc&api_key=def&page=2")))
                .isEqualTo("https://feeds.example/rss?id=7&token=***&api_key=***&page=2");
    }

    @Test
    void leavesPlainUrlsAlone() {
        assertThat(RedactedUrl.of(URI.create("http://news.example/"))).isEqualTo("http://news.example/");
    }
}
