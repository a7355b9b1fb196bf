package fr.portailpartenaires.adapters.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The client's address behind trusted proxies only (issue 19): what the per-address throttles count. */
class ClientAddressTest {

    private final ClientAddress behindTheBalancer = ClientAddress.behind(List.of("10.0.0.5", "192.168.0.0/16", "::1"));

    @Nested
    class Without_a_trusted_proxy {

        @Test
        void the_connections_address_is_the_clients_whatever_the_header_says() {
            assertThat(ClientAddress.direct().of("203.0.113.9", "198.51.100.1")).isEqualTo("203.0.113.9");
            assertThat(behindTheBalancer.of("203.0.113.9", "198.51.100.1")).as("a client sending the header itself")
                    .isEqualTo("203.0.113.9");
        }
    }

    @Nested
    class From_a_trusted_proxy {

        @Test
        void the_right_most_address_that_is_not_a_proxy_is_the_clients() {
            assertThat(behindTheBalancer.of("10.0.0.5", "203.0.113.9")).isEqualTo("203.0.113.9");
            assertThat(behindTheBalancer.of("10.0.0.5", "198.51.100.1, 203.0.113.9, 192.168.4.2"))
                    .as("what the client wrote on the left is not believed").isEqualTo("203.0.113.9");
            assertThat(behindTheBalancer.of("::1", "2001:db8::7")).isEqualTo("2001:db8::7");
        }

        @Test
        void without_the_header_or_with_only_proxies_in_it_the_proxys_address_is_kept() {
            assertThat(behindTheBalancer.of("10.0.0.5", null)).isEqualTo("10.0.0.5");
            assertThat(behindTheBalancer.of("10.0.0.5", "192.168.1.1")).isEqualTo("192.168.1.1");
        }

        @Test
        void a_malformed_hop_stops_the_walk_and_no_name_is_ever_resolved() {
            assertThat(behindTheBalancer.of("10.0.0.5", "portail.example, 203.0.113.9")).isEqualTo("203.0.113.9");
            assertThat(behindTheBalancer.of("10.0.0.5", "203.0.113.9, localhost")).isEqualTo("10.0.0.5");
            assertThat(behindTheBalancer.of("10.0.0.5", "x".repeat(5000))).isEqualTo("10.0.0.5");
            assertThat(behindTheBalancer.of("10.0.0.5", "")).isEqualTo("10.0.0.5");
            assertThat(behindTheBalancer.of("10.0.0.5", "cafe")).as("hexadecimal, yet a name").isEqualTo("10.0.0.5");
            assertThat(behindTheBalancer.of("10.0.0.5", "999.1.1.1")).isEqualTo("10.0.0.5");
        }

        @Test
        void networks_match_on_their_prefix_only() {
            assertThat(behindTheBalancer.of("192.169.0.1", "203.0.113.9")).isEqualTo("192.169.0.1");
            assertThat(behindTheBalancer.of("192.168.255.254", "203.0.113.9")).isEqualTo("203.0.113.9");
        }
    }

    @Test
    void a_proxy_that_is_not_an_address_or_a_network_is_refused() {
        assertThatThrownBy(() -> ClientAddress.behind(List.of("proxy.example"))).hasMessage("proxy.example");
        assertThatThrownBy(() -> ClientAddress.behind(List.of("10.0.0.0/33"))).hasMessage("10.0.0.0/33");
        assertThatThrownBy(() -> ClientAddress.behind(List.of("10.0.0.0/x"))).hasMessage("10.0.0.0/x");
    }
}
