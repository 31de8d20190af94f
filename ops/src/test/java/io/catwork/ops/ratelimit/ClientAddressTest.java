package io.catwork.ops.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** IPv6 clients share a bucket per /64, the block one subscriber usually holds; IPv4 clients one per address. */
class ClientAddressTest {

    @Test
    void anIpv6ClientIsKeyedByItsSlash64() {
        assertThat(ClientAddress.bucketKey("2001:db8:1:2:aaaa::1"))
                .isEqualTo(ClientAddress.bucketKey("2001:db8:1:2:ffff:ffff:ffff:ffff"))
                .isEqualTo("20010db800010002::/64")
                .isNotEqualTo(ClientAddress.bucketKey("2001:db8:1:3::1"));
    }

    @Test
    void anIpv4ClientIsKeyedByItsAddress() {
        assertThat(ClientAddress.bucketKey("10.1.2.3")).isEqualTo("10.1.2.3");
        assertThat(ClientAddress.bucketKey("not-an-address")).isEqualTo("not-an-address");
    }
}
