package org.newsdesk.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.net.URI;
import org.junit.jupiter.api.Test;

class FetchableUrlTest {

    @Test
    void addsARootPathAndDropsUserInfoAndFragment() {
        assertThat(FetchableUrl.of(URI.create("HTTPS://bob:pw@news.example:8443?a=1#top")))
                .isEqualTo(URI.create("https://news.example:8443/?a=1"));
    }

    @Test
    void convertsInternationalHostNames() {
        assertThat(FetchableUrl.of(URI.create("http://bücher.example/neu"))).isEqualTo(
                URI.create("http://xn--bcher-kva.example/neu"));
    }

    @Test
    void refusesOtherSchemesAndMissingHosts() {
        assertThat(catchThrowableOfType(FetchException.class, () -> FetchableUrl.of(URI.create("mailto:a@b.example")))
                .getMessage()).isEqualTo("cannot fetch mailto:a@b.example: only http and https URLs can be fetched");
        assertThat(catchThrowableOfType(FetchException.class, () -> FetchableUrl.of(URI.create("http:/feed")))
                .getMessage()).isEqualTo("cannot fetch http:/feed: the URL names no host");
    }

    @Test
    void resolvesRelativeRedirectsAndRepairsThem() {
        URI from = URI.create("http://news.example/a/b");
        assertThat(FetchableUrl.redirect(from, "c d")).isEqualTo(URI.create("http://news.example/a/c%20d"));
        assertThat(FetchableUrl.redirect(from, "//cdn.example/x")).isEqualTo(URI.create("http://cdn.example/x"));
        assertThat(FetchableUrl.redirect(from, "/ü")).isEqualTo(URI.create("http://news.example/%C3%BC"));
    }

    @Test
    void unusableRedirectIsInvalid() {
        FetchException e = catchThrowableOfType(FetchException.class,
                () -> FetchableUrl.redirect(URI.create("http://news.example/"), "http://[bad/"));
        assertThat(e.reason()).isEqualTo(FetchException.Reason.INVALID_URL);
        assertThat(e.getMessage()).isEqualTo("the server at http://news.example/ redirected to an invalid URL: http://[bad/");
    }
}
