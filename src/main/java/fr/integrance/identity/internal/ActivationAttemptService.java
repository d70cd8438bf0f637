package fr.integrance.identity.internal;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.regex.Pattern;

import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import fr.integrance.identity.ActivationAttempts;
import fr.integrance.identity.internal.ActivationAttempt.KeyKind;
import fr.integrance.identity.internal.SecurityJournal.ActivationRefusal;
import fr.integrance.platform.BlindIndex;

/**
 * Failures in the database, one row each, keyed by a keyed digest of the member number
 * and of the client address (no member number or address in clear). A count is taken
 * before each attempt; two attempts racing on two nodes may both pass the last free
 * place, which lets a limit be exceeded by the number of requests in flight at once, not
 * more.
 */
@Service
@RequiredArgsConstructor
class ActivationAttemptService implements ActivationAttempts {

	static final String MEMBER_NUMBER_SCOPE = "identity.activation.member-number";
	static final String CLIENT_ADDRESS_SCOPE = "identity.activation.client-address";

	private static final Pattern IPV6_LITERAL = Pattern.compile("[0-9a-f:.]{2,45}");

	private final ActivationAttemptRepository attempts;

	private final BlindIndex index;

	private final ActivationProperties properties;

	private final SecurityJournal journal;

	private final Clock clock;

	@Override
	@Transactional(readOnly = true)
	public boolean limited(String clientAddress, String memberNumber) {
		Instant now = clock.instant();
		String number = numberDigest(memberNumber);
		boolean limited = attempts.countSince(KeyKind.MEMBER_NUMBER, number,
				now.minus(properties.memberNumberWindow())) >= properties.maxFailuresPerMemberNumber()
				|| attempts.countSince(KeyKind.MEMBER_NUMBER, number,
						now.minus(properties.memberNumberDailyWindow())) >= properties.maxDailyFailuresPerMemberNumber()
				|| attempts.countSince(KeyKind.CLIENT_ADDRESS, addressDigest(clientAddress),
						now.minus(properties.clientAddressWindow())) >= properties.maxFailuresPerClientAddress()
				// Every failure has a client-address row: their total is the global
				// count,
				// which changing address does not escape.
				|| attempts.countAllSince(KeyKind.CLIENT_ADDRESS,
						now.minus(properties.clientAddressWindow())) >= properties.maxFailuresOverall();
		if (limited) {
			journal.activationRefused(ActivationRefusal.LIMITED);
		}
		return limited;
	}

	/**
	 * In a transaction of its own: the failure counts even if the caller's work rolls
	 * back.
	 */
	@Override
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void recordFailure(String clientAddress, String memberNumber) {
		Instant now = clock.instant();
		attempts.deleteOlderThan(now.minus(properties.longestWindow()));
		attempts.save(new ActivationAttempt(KeyKind.MEMBER_NUMBER, numberDigest(memberNumber), now));
		attempts.save(new ActivationAttempt(KeyKind.CLIENT_ADDRESS, addressDigest(clientAddress), now));
		journal.activationRefused(ActivationRefusal.NOT_RECOGNISED);
	}

	private String numberDigest(String memberNumber) {
		String normalised = memberNumber == null ? "" : memberNumber.replaceAll("\\s", "");
		return index.of(MEMBER_NUMBER_SCOPE, normalised);
	}

	private String addressDigest(String clientAddress) {
		return index.of(CLIENT_ADDRESS_SCOPE, clientKey(clientAddress));
	}

	/**
	 * The key an address is counted under: an IPv4 address as it is; an IPv6 address by
	 * its /64 prefix, the network a single subscriber gets (who holds one /64 holds 2^64
	 * addresses, each of which would otherwise get its own count). An IPv4-mapped IPv6
	 * address counts as its IPv4.
	 */
	static String clientKey(String clientAddress) {
		String address = clientAddress == null ? "" : clientAddress.strip().toLowerCase(Locale.ROOT);
		if (address.startsWith("[") && address.endsWith("]")) {
			address = address.substring(1, address.length() - 1);
		}
		int zone = address.indexOf('%');
		if (zone >= 0) {
			address = address.substring(0, zone);
		}
		// Only a literal is parsed (hex digits, colons and dots): no name is ever looked
		// up.
		if (!address.contains(":") || !IPV6_LITERAL.matcher(address).matches()) {
			return address;
		}
		try {
			InetAddress parsed = InetAddress.getByName(address);
			if (parsed instanceof Inet6Address) {
				byte[] bytes = parsed.getAddress();
				StringBuilder prefix = new StringBuilder();
				for (int group = 0; group < 4; group++) {
					int value = ((bytes[2 * group] & 0xff) << 8) | (bytes[2 * group + 1] & 0xff);
					prefix.append(Integer.toHexString(value)).append(':');
				}
				return prefix.append(":/64").toString();
			}
			return parsed.getHostAddress();
		}
		catch (UnknownHostException e) {
			return address;
		}
	}

}
