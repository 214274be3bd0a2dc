package org.newsdesk.fetch;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Which addresses Newsdesk may connect to. Feeds and pages come from strangers, so by default only public addresses
 * are fetched: a feed must not make the server read its own admin port or the cloud metadata service. Immutable and
 * thread-safe.
 *
 * <p>The check resolves the host itself, before any connection is opened. The HTTP client resolves it again when
 * it connects, so a DNS server that answers differently the second time could slip through; that gap is accepted.
 */
public final class AddressPolicy {

    private static final AddressRange UNSPECIFIED_V4 = AddressRange.parse("0.0.0.0/8");
    private static final AddressRange SHARED_V4 = AddressRange.parse("100.64.0.0/10");
    private static final AddressRange BROADCAST_V4 = AddressRange.parse("255.255.255.255");
    private static final AddressRange UNIQUE_LOCAL_V6 = AddressRange.parse("fc00::/7");
    private static final AddressRange NAT64_V6 = AddressRange.parse("64:ff9b::/96");
    private static final AddressRange SIX_TO_FOUR_V6 = AddressRange.parse("2002::/16");

    private final List<AddressRange> allowed;

    private AddressPolicy(List<AddressRange> allowed) {
        this.allowed = List.copyOf(allowed);
    }

    /** Public addresses only. */
    public static AddressPolicy publicOnly() {
        return new AddressPolicy(List.of());
    }

    /**
     * Public addresses plus the given ones, each an IP address or a CIDR range ({@code "127.0.0.1"},
     * {@code "10.0.0.0/8"}, {@code "fd00::/8"}).
     *
     * @throws IllegalArgumentException when an entry is not an address or range
     */
    public static AddressPolicy allowing(List<String> cidrsOrAddresses) {
        Objects.requireNonNull(cidrsOrAddresses, "cidrsOrAddresses");
        return new AddressPolicy(cidrsOrAddresses.stream().map(AddressRange::parse).toList());
    }

    /**
     * Resolves the URL's host and refuses it when any of its addresses is not allowed.
     *
     * @throws FetchException {@code BLOCKED_ADDRESS} when refused, {@code INVALID_URL} without a host,
     *                        {@code UNREACHABLE} when the host cannot be resolved
     */
    public void check(URI url) {
        String host = url.getHost();
        if (host == null || host.isEmpty()) {
            throw new FetchException(FetchException.Reason.INVALID_URL, url,
                    "cannot fetch " + RedactedUrl.of(url) + ": the URL names no host");
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(host);
        } catch (UnknownHostException e) {
            throw new FetchException(FetchException.Reason.UNREACHABLE, url,
                    "could not fetch " + RedactedUrl.of(url) + ": the host " + host + " was not found", e);
        }
        for (InetAddress address : addresses) {
            String kind = refusal(address);
            if (kind == null) continue;
            String literal = address.getHostAddress();
            boolean named = !host.contains(":") && !Character.isDigit(host.charAt(host.length() - 1));
            String what = named ? host + " resolves to " + literal + ", " + kind : literal + " is " + kind;
            throw new FetchException(FetchException.Reason.BLOCKED_ADDRESS, url, "refused to fetch "
                    + RedactedUrl.of(url) + ": " + what + " (allow it in the configuration to fetch it)");
        }
    }

    /** True when Newsdesk may connect to this address. */
    public boolean allows(InetAddress address) {
        return refusal(address) == null;
    }

    /** Why the address is refused, as "a private address", or null when it is allowed. */
    private @Nullable String refusal(InetAddress address) {
        for (AddressRange range : allowed) {
            if (range.contains(address)) return null;
        }
        String kind = kind(address);
        if (kind != null || !(address instanceof Inet6Address v6)) return kind;
        // IPv6 forms that carry an IPv4 address inside reach that IPv4 host: judge the host.
        InetAddress embedded = embeddedIpv4(v6);
        return embedded == null ? null : refusal(embedded);
    }

    private static @Nullable String kind(InetAddress address) {
        if (address.isAnyLocalAddress() || UNSPECIFIED_V4.contains(address)) return "an unspecified address";
        if (address.isLoopbackAddress()) return "a loopback address";
        if (address.isLinkLocalAddress()) return "a link-local address";
        if (address.isSiteLocalAddress() || UNIQUE_LOCAL_V6.contains(address)) return "a private address";
        if (address.isMulticastAddress()) return "a multicast address";
        if (SHARED_V4.contains(address)) return "a shared (carrier-grade NAT) address";
        if (BROADCAST_V4.contains(address)) return "a broadcast address";
        return null;
    }

    private static @Nullable InetAddress embeddedIpv4(Inet6Address address) {
        byte[] b = address.getAddress();
        int from;
        if (address.isIPv4CompatibleAddress() || NAT64_V6.contains(address)) {
            from = 12;
        } else if (SIX_TO_FOUR_V6.contains(address)) {
            from = 2;
        } else {
            return null;
        }
        try {
            return InetAddress.getByAddress(new byte[] {b[from], b[from + 1], b[from + 2], b[from + 3]});
        } catch (UnknownHostException e) {
            throw new IllegalStateException("four bytes always make an IPv4 address", e);
        }
    }

    @Override
    public String toString() {
        return allowed.isEmpty() ? "public addresses only" : "public addresses and " + allowed;
    }
}
