package fr.portailpartenaires.adapters.web;

import io.javalin.http.Context;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The client's IP address, as the per-address throttles and the audit trail must see it (issue 19): the connection's
 * address, unless that connection comes from a trusted reverse proxy or load balancer ({@code
 * PORTAIL_PROXIES_DE_CONFIANCE}); then the right-most address of {@code X-Forwarded-For} that is not itself a trusted
 * proxy. Addresses further left were written by the client and are never believed (anyone can send the header).
 *
 * <p>A trusted proxy is an IP address ({@code 10.0.0.5}, {@code ::1}) or a network in CIDR form ({@code
 * 10.0.0.0/8}). Only literal addresses are read: no name is ever resolved. A malformed hop stops the walk at the
 * address known so far.
 */
public final class ClientAddress {

    /**
     * An IPv4 literal (each number ≤ 255) or an IPv6 one (with a colon): {@link InetAddress#getByName} parses those
     * without any lookup; anything else is not an address, and is never handed to it.
     */
    private static final Pattern LITERAL = Pattern.compile(
            "((25[0-5]|2[0-4]\\d|1?\\d?\\d)\\.){3}(25[0-5]|2[0-4]\\d|1?\\d?\\d)|(?=.{2,45}$)[0-9A-Fa-f.]*:[0-9A-Fa-f:.]*");

    private final List<Network> trusted;

    private ClientAddress(List<Network> trusted) {
        this.trusted = List.copyOf(trusted);
    }

    /** No proxy trusted: the connection's address is the client's (a portal reached directly). */
    public static ClientAddress direct() {
        return new ClientAddress(List.of());
    }

    /**
     * @param proxies addresses or CIDR networks, e.g. {@code ["127.0.0.1", "10.0.0.0/8"]}
     * @throws IllegalArgumentException naming the first entry that is neither
     */
    public static ClientAddress behind(List<String> proxies) {
        List<Network> networks = new ArrayList<>();
        for (String proxy : proxies) {
            networks.add(Network.parse(proxy.strip()));
        }
        return new ClientAddress(networks);
    }

    /** The address every per-address rule of the request uses. */
    public String of(Context ctx) {
        return of(ctx.req().getRemoteAddr(), ctx.header("X-Forwarded-For"));
    }

    String of(String remote, String forwardedFor) {
        if (forwardedFor == null || !isTrusted(remote)) {
            return remote;
        }
        String client = remote;
        String[] hops = forwardedFor.split(",");
        for (int i = hops.length - 1; i >= 0; i--) {
            String hop = hops[i].strip();
            if (!LITERAL.matcher(hop).matches() || address(hop) == null) {
                return client;
            }
            client = hop;
            if (!isTrusted(hop)) {
                return hop;
            }
        }
        return client;
    }

    private boolean isTrusted(String address) {
        if (trusted.isEmpty() || address == null || !LITERAL.matcher(address).matches()) {
            return false;
        }
        byte[] bytes = address(address);
        return bytes != null && trusted.stream().anyMatch(network -> network.contains(bytes));
    }

    /** The bytes of a literal address, or null; never a name lookup (callers check {@link #LITERAL} first). */
    private static byte[] address(String literal) {
        try {
            return InetAddress.getByName(literal).getAddress();
        } catch (UnknownHostException e) {
            return null;
        }
    }

    private record Network(byte[] base, int prefix) {

        static Network parse(String text) {
            String[] parts = text.split("/", 2);
            byte[] base = LITERAL.matcher(parts[0]).matches() ? address(parts[0]) : null;
            if (base == null) {
                throw new IllegalArgumentException(text);
            }
            int prefix = base.length * 8;
            if (parts.length == 2) {
                try {
                    prefix = Integer.parseInt(parts[1]);
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException(text, e);
                }
                if (prefix < 0 || prefix > base.length * 8) {
                    throw new IllegalArgumentException(text);
                }
            }
            return new Network(base, prefix);
        }

        boolean contains(byte[] address) {
            if (address.length != base.length) {
                return false;
            }
            for (int bit = 0; bit < prefix; bit++) {
                int mask = 0x80 >>> (bit % 8);
                if ((address[bit / 8] & mask) != (base[bit / 8] & mask)) {
                    return false;
                }
            }
            return true;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Network network && prefix == network.prefix
                    && java.util.Arrays.equals(base, network.base);
        }

        @Override
        public int hashCode() {
            return Objects.hash(prefix, java.util.Arrays.hashCode(base));
        }
    }
}
