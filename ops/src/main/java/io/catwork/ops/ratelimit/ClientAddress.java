package io.catwork.ops.ratelimit;

import jakarta.servlet.http.HttpServletRequest;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.security.web.util.matcher.IpAddressMatcher;

/**
 * The address a request comes from: the socket's peer, or, when that peer is a trusted proxy, the right-most address of
 * {@code X-Forwarded-For} (all its header lines, in order, as one list) that is not itself a trusted proxy. A client
 * cannot choose its bucket by sending the header itself.
 */
final class ClientAddress {
    private static final Pattern IP_LITERAL = Pattern.compile("[0-9A-Fa-f:.]{2,45}");
    private final List<IpAddressMatcher> trustedProxies;

    ClientAddress(List<String> trustedProxies) {
        this.trustedProxies = trustedProxies.stream().map(String::strip).filter(entry -> !entry.isEmpty())
                .map(IpAddressMatcher::new).toList();
    }

    /**
     * The key of the client's buckets: its address, or for IPv6 its /64 network, since one subscriber usually holds a
     * whole /64 and could otherwise take a fresh bucket per address.
     */
    String of(HttpServletRequest request) {
        return bucketKey(address(request));
    }

    static String bucketKey(String address) {
        if (address.indexOf(':') < 0 || !IP_LITERAL.matcher(address).matches()) {
            return address;
        }
        try {
            byte[] bytes = InetAddress.getByName(address).getAddress(); // a literal: no lookup
            if (bytes.length != 16) {
                return address;
            }
            return HexFormat.of().formatHex(bytes, 0, 8) + "::/64";
        } catch (UnknownHostException notAnAddress) {
            return address;
        }
    }

    private String address(HttpServletRequest request) {
        String peer = request.getRemoteAddr();
        if (!trusted(peer)) {
            return peer;
        }
        String forwarded = String.join(",", Collections.list(request.getHeaders("X-Forwarded-For")));
        if (forwarded.isBlank()) {
            return peer;
        }
        String[] hops = forwarded.split(",");
        for (int i = hops.length - 1; i >= 0; i--) {
            String hop = hops[i].strip();
            if (!hop.isEmpty() && !trusted(hop)) {
                return hop;
            }
        }
        return peer;
    }

    private boolean trusted(String address) {
        if (!IP_LITERAL.matcher(address).matches()) {
            return false; // never let a forwarded "address" reach a DNS lookup
        }
        try {
            return trustedProxies.stream().anyMatch(matcher -> matcher.matches(address));
        } catch (IllegalArgumentException notAnAddress) {
            return false;
        }
    }
}
