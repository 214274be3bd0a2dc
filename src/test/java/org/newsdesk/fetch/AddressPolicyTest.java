package org.newsdesk.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Only literal addresses and "localhost" are used: nothing here leaves the machine. */
class AddressPolicyTest {

    private static FetchException refusal(AddressPolicy policy, String url) {
        return catchThrowableOfType(FetchException.class, () -> policy.check(URI.create(url)));
    }

    @Test
    void refusesPrivateAddressWithAMessageThatSaysWhatToDo() {
        FetchException e = refusal(AddressPolicy.publicOnly(), "http://10.0.0.1/feed");
        assertThat(e.reason()).isEqualTo(FetchException.Reason.BLOCKED_ADDRESS);
        assertThat(e.getMessage()).isEqualTo("refused to fetch http://10.0.0.1/feed: 10.0.0.1 is a private address"
                + " (allow it in the configuration to fetch it)");
        assertThat(e.url()).isEqualTo(URI.create("http://10.0.0.1/feed"));
    }

    @Test
    void refusesLocalhostByName() {
        FetchException e = refusal(AddressPolicy.publicOnly(), "http://localhost:8080/feed");
        assertThat(e.reason()).isEqualTo(FetchException.Reason.BLOCKED_ADDRESS);
        assertThat(e.getMessage()).startsWith("refused to fetch http://localhost:8080/feed: localhost resolves to ")
                .contains("a loopback address");
    }

    @ParameterizedTest
    @CsvSource({
            "127.0.0.1, a loopback address",
            "[::1], a loopback address",
            "172.16.5.4, a private address",
            "172.31.255.255, a private address",
            "192.168.1.1, a private address",
            "[fd12:3456::1], a private address",
            "169.254.169.254, a link-local address",
            "[fe80::1], a link-local address",
            "0.0.0.0, an unspecified address",
            "[::], an unspecified address",
            "224.0.0.1, a multicast address",
            "[ff02::1], a multicast address",
            "100.64.0.1, a shared (carrier-grade NAT) address",
            "100.127.255.254, a shared (carrier-grade NAT) address",
            "[::ffff:10.1.2.3], a private address",
            "[64:ff9b::a00:1], a private address",
            "[2002:c0a8:101::1], a private address"
    })
    void refusesNonPublicAddresses(String host, String kind) {
        FetchException e = refusal(AddressPolicy.publicOnly(), "http://" + host + "/");
        assertThat(e.reason()).isEqualTo(FetchException.Reason.BLOCKED_ADDRESS);
        assertThat(e.getMessage()).contains(kind);
    }

    @ParameterizedTest
    @CsvSource({"8.8.8.8", "172.32.0.1", "100.128.0.1", "93.184.215.14", "[2606:4700::1111]"})
    void allowsPublicAddresses(String host) {
        // Checking resolves literals locally; nothing is sent to these hosts.
        assertThatNoException().isThrownBy(() -> AddressPolicy.publicOnly().check(URI.create("http://" + host + "/")));
    }

    @Test
    void allowingAnAddressLetsItThrough() {
        AddressPolicy policy = AddressPolicy.allowing(List.of("127.0.0.1"));
        assertThatNoException().isThrownBy(() -> policy.check(URI.create("http://127.0.0.1:9/")));
        assertThat(refusal(policy, "http://127.0.0.2/").reason()).isEqualTo(FetchException.Reason.BLOCKED_ADDRESS);
    }

    @Test
    void allowingARangeCoversItAndNothingMore() throws UnknownHostException {
        AddressPolicy policy = AddressPolicy.allowing(List.of("10.0.0.0/8", "fd00::/8"));
        assertThat(policy.allows(InetAddress.getByName("10.200.3.4"))).isTrue();
        assertThat(policy.allows(InetAddress.getByName("fd01::5"))).isTrue();
        assertThat(policy.allows(InetAddress.getByName("192.168.0.1"))).isFalse();
        assertThat(policy.allows(InetAddress.getByName("fc00::1"))).isFalse();
    }

    @Test
    void oddPrefixLengthsMaskBits() throws UnknownHostException {
        AddressPolicy policy = AddressPolicy.allowing(List.of("172.16.0.0/13"));
        assertThat(policy.allows(InetAddress.getByName("172.23.255.255"))).isTrue();
        assertThat(policy.allows(InetAddress.getByName("172.24.0.0"))).isFalse();
    }

    @Test
    void rejectsHostNamesAndNonsenseInTheAllowList() {
        assertThatIllegalArgumentException().isThrownBy(() -> AddressPolicy.allowing(List.of("intranet.local")))
                .withMessage("not an IP address or CIDR range: \"intranet.local\"");
        assertThatIllegalArgumentException().isThrownBy(() -> AddressPolicy.allowing(List.of("10.0.0.0/33")));
        assertThatIllegalArgumentException().isThrownBy(() -> AddressPolicy.allowing(List.of("10.0.0.0/x")));
    }

    @Test
    void urlWithoutHostIsInvalid() {
        assertThat(refusal(AddressPolicy.publicOnly(), "http:///feed").reason())
                .isEqualTo(FetchException.Reason.INVALID_URL);
    }

    @Test
    void messageHidesUserInfo() {
        FetchException e = refusal(AddressPolicy.publicOnly(), "http://alice:s3cret@10.0.0.1/feed");
        assertThat(e.getMessage()).doesNotContain("s3cret").doesNotContain("alice")
                .startsWith("refused to fetch http://10.0.0.1/feed:");
    }
}
