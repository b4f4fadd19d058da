package org.adelante.shared.web.protection;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;

import static org.assertj.core.api.Assertions.assertThat;

class ClientAddressesTests {

	private static final String PROXY = "10.0.0.2";

	private final ClientAddresses direct = new ClientAddresses(settings(null));

	private final ClientAddresses behindProxy = new ClientAddresses(settings("X-Forwarded-For"));

	@Test
	void withoutAProxyHeaderTheConnectionCountsWhateverTheRequestClaims() {
		MockHttpServletRequest request = request("203.0.113.5", "198.51.100.1");
		request.addHeader("Forwarded", "for=198.51.100.2");

		assertThat(this.direct.key(request)).isEqualTo("203.0.113.5");
	}

	@Test
	void behindAProxyTheEntryItAppendedCounts() {
		assertThat(this.behindProxy.key(request(PROXY, "203.0.113.9"))).isEqualTo("203.0.113.9");
		assertThat(this.behindProxy.key(request(PROXY, "198.51.100.1, 192.0.2.1,203.0.113.9")))
			.as("whatever the client put in front is ignored")
			.isEqualTo("203.0.113.9");
	}

	@Test
	void theLastEntryOfTheLastHeaderLineCounts() {
		MockHttpServletRequest request = request(PROXY, "198.51.100.1, 198.51.100.2");
		request.addHeader("X-Forwarded-For", "203.0.113.9");

		assertThat(this.behindProxy.key(request)).isEqualTo("203.0.113.9");
	}

	@Test
	void portsBracketsAndForwardedSyntaxAreUnderstood() {
		assertThat(this.behindProxy.key(request(PROXY, "203.0.113.9:4711"))).isEqualTo("203.0.113.9");
		assertThat(this.behindProxy.key(request(PROXY, "[2001:db8:1:2::7]:443"))).isEqualTo("2001:db8:1:2:0:0:0:0/64");
		assertThat(this.behindProxy.key(request(PROXY, " 2001:DB8:1:2::7 "))).isEqualTo("2001:db8:1:2:0:0:0:0/64");
		ClientAddresses forwarded = new ClientAddresses(settings("Forwarded"));
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/form");
		request.setRemoteAddr(PROXY);
		request.addHeader("Forwarded", "for=198.51.100.1, for=\"[2001:db8:1:2::7]:4711\";proto=https;by=10.0.0.2");
		assertThat(forwarded.key(request)).isEqualTo("2001:db8:1:2:0:0:0:0/64");
		request = new MockHttpServletRequest("POST", "/form");
		request.setRemoteAddr(PROXY);
		request.addHeader("Forwarded", "proto=http;for=192.0.2.60");
		assertThat(forwarded.key(request)).isEqualTo("192.0.2.60");
	}

	@Test
	void anIpv6AddressCountsAsItsSlash64Network() {
		String one = this.behindProxy.key(request(PROXY, "2001:db8:aa:bb:1:2:3:4"));
		String neighbour = this.behindProxy.key(request(PROXY, "2001:db8:aa:bb:ffff::1"));
		String elsewhere = this.behindProxy.key(request(PROXY, "2001:db8:aa:bc:1:2:3:4"));

		assertThat(one).isEqualTo(neighbour).isEqualTo("2001:db8:aa:bb:0:0:0:0/64");
		assertThat(elsewhere).isNotEqualTo(one);
		assertThat(this.direct.key(request("0:0:0:0:0:0:0:1", null))).isEqualTo("0:0:0:0:0:0:0:0/64");
	}

	@Test
	void anIpv4MappedIpv6AddressIsItsIpv4Address() {
		assertThat(this.behindProxy.key(request(PROXY, "::ffff:192.0.2.44"))).isEqualTo("192.0.2.44");
	}

	@Test
	void aMissingOrMalformedEntryFallsBackToTheConnection() {
		List<String> malformed = List.of("", " ", "unknown", "256.1.1.1", "1.2.3", "1.2.3.4.5", "1..2.3", "-1.2.3.4",
				"1.2.3.4:", "1.2.3.4:99999999", "1.2.3.4:http", "٣.2.3.4", "１.2.3.4", "evil.example", "localhost",
				"::zz", ".::1", "fe80::1%eth0", "[2001:db8::1", "[2001:db8::1]x", "2001:db8::1::2", "for=", "for=\"\"",
				"198.51.100.1,", "<script>", "1.2.3.4\u0000", "x".repeat(10_000), "2001:db8:" + "1:".repeat(200) + "1");
		for (String value : malformed) {
			assertThat(this.behindProxy.key(request(PROXY, value))).as(value).isEqualTo(PROXY);
		}
		assertThat(this.behindProxy.key(request(PROXY, null))).as("no header").isEqualTo(PROXY);
	}

	@Test
	void addressesAreParsedAsLiteralsNeverLookedUp() {
		assertThat(ClientAddresses.parse("localhost")).isNull();
		assertThat(ClientAddresses.parse("example.org")).isNull();
		assertThat(ClientAddresses.parse(".1.2.3")).isNull();
		assertThat(ClientAddresses.parse("127.0.0.1")).isNotNull();
	}

	private static MockHttpServletRequest request(String connection, String forwardedFor) {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/form");
		request.setRemoteAddr(connection);
		if (forwardedFor != null) {
			request.addHeader("X-Forwarded-For", forwardedFor);
		}
		return request;
	}

	private static ProtectionSettings settings(String header) {
		return new ProtectionSettings(header, Duration.ofSeconds(3), Duration.ofDays(1));
	}

}
