package org.newsdesk.fetch;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.regex.Pattern;

/** An IP address range in CIDR notation ({@code 10.0.0.0/8}, {@code fc00::/7}); a single address is a /32 or /128. */
record AddressRange(InetAddress network, int prefixLength) {

    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

    AddressRange {
        int bits = network.getAddress().length * 8;
        if (prefixLength < 0 || prefixLength > bits) {
            throw new IllegalArgumentException("prefix length must be 0.." + bits + ", was " + prefixLength);
        }
    }

    /** Parses an address or CIDR range written as a literal; host names are refused, so nothing is looked up. */
    static AddressRange parse(String text) {
        String trimmed = text.strip();
        int slash = trimmed.indexOf('/');
        String address = slash < 0 ? trimmed : trimmed.substring(0, slash);
        if (!IPV4.matcher(address).matches() && !address.contains(":")) {
            throw new IllegalArgumentException("not an IP address or CIDR range: \"" + text + "\"");
        }
        InetAddress network;
        try {
            // A literal never triggers a DNS lookup.
            network = InetAddress.getByName(address);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("not an IP address or CIDR range: \"" + text + "\"", e);
        }
        int bits = network.getAddress().length * 8;
        try {
            return new AddressRange(network, slash < 0 ? bits : Integer.parseInt(trimmed.substring(slash + 1)));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not an IP address or CIDR range: \"" + text + "\"", e);
        }
    }

    boolean contains(InetAddress address) {
        byte[] net = network.getAddress();
        byte[] candidate = address.getAddress();
        if (net.length != candidate.length) return false;
        int full = prefixLength / 8;
        for (int i = 0; i < full; i++) {
            if (net[i] != candidate[i]) return false;
        }
        int rest = prefixLength % 8;
        if (rest == 0) return true;
        int mask = (0xFF << (8 - rest)) & 0xFF;
        return (net[full] & mask) == (candidate[full] & mask);
    }

    @Override
    public String toString() {
        return network.getHostAddress() + "/" + prefixLength;
    }
}
