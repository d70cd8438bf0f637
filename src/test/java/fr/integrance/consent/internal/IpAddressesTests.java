package fr.integrance.consent.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IpAddressesTests {

	@Test
	void ipv4LosesItsLastOctet() {
		assertThat(IpAddresses.truncate("203.0.113.57")).isEqualTo("203.0.113.0");
		assertThat(IpAddresses.truncate("10.1.2.255")).isEqualTo("10.1.2.0");
		assertThat(IpAddresses.truncate(" 192.168.0.1 ")).isEqualTo("192.168.0.0");
	}

	@Test
	void ipv6KeepsOnlyTheFirst48Bits() {
		assertThat(IpAddresses.truncate("2001:db8:85a3:8d3:1319:8a2e:370:7348")).isEqualTo("2001:db8:85a3::");
		assertThat(IpAddresses.truncate("2001:0DB8:0000:0042::1")).isEqualTo("2001:db8::");
		assertThat(IpAddresses.truncate("[2a01:e0a:1f:4c70::12]")).isEqualTo("2a01:e0a:1f::");
		assertThat(IpAddresses.truncate("fe80::1%eth0")).isEqualTo("fe80::");
		assertThat(IpAddresses.truncate("::1")).isEqualTo("::");
	}

	@Test
	void ipv4MappedIpv6IsTruncatedAsIpv4() {
		assertThat(IpAddresses.truncate("::ffff:203.0.113.57")).isEqualTo("203.0.113.0");
	}

	@Test
	void anythingButAnIpLiteralGivesNothingAndIsNeverLookedUp() {
		assertThat(IpAddresses.truncate(null)).isNull();
		assertThat(IpAddresses.truncate("")).isNull();
		assertThat(IpAddresses.truncate("unknown")).isNull();
		assertThat(IpAddresses.truncate("www.example.com")).isNull();
		assertThat(IpAddresses.truncate("256.1.1.1")).isNull();
		assertThat(IpAddresses.truncate("1.2.3")).isNull();
		assertThat(IpAddresses.truncate("203.0.113.57, 10.0.0.1")).isNull();
	}

	@Test
	void userAgentIsCutTo200PrintableCharacters() {
		String longAgent = "Mozilla/5.0 ".repeat(40);
		assertThat(UserAgents.truncate(longAgent)).hasSize(200).isEqualTo(longAgent.strip().substring(0, 200));
		assertThat(UserAgents.truncate("Agent\r\nInjected: header")).isEqualTo("Agent  Injected: header");
		assertThat(UserAgents.truncate("   ")).isNull();
		assertThat(UserAgents.truncate(null)).isNull();
		// A surrogate pair is never split in two.
		String emoji = "a".repeat(199) + "\uD83D\uDE00";
		assertThat(UserAgents.truncate(emoji)).hasSize(199);
	}

}
