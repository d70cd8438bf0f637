package fr.integrance.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The key a client address is counted under by the activation limit: IPv6 by its /64. */
class ActivationClientKeyTests {

	@ParameterizedTest(name = "{0} → {1}")
	@CsvSource({ "192.0.2.17, 192.0.2.17", "' 192.0.2.17 ', 192.0.2.17", "2001:db8:1:2::1, 2001:db8:1:2::/64",
			"2001:DB8:1:2:ffff:eeee:dddd:cccc, 2001:db8:1:2::/64",
			"2001:0db8:0001:0002:0000:0000:0000:0099, 2001:db8:1:2::/64", "[2001:db8:1:2::5], 2001:db8:1:2::/64",
			"fe80::1%eth0, fe80:0:0:0::/64", "2001:db8:1:3::1, 2001:db8:1:3::/64", "::ffff:192.0.2.17, 192.0.2.17",
			"0:0:0:0:0:0:0:1, 0:0:0:0::/64", "not-an-address, not-an-address" })
	void ipv6AddressesCountByTheirSlash64(String address, String key) {
		assertThat(ActivationAttemptService.clientKey(address)).isEqualTo(key);
	}

}
