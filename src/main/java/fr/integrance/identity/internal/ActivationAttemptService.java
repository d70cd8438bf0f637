package fr.integrance.identity.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import fr.integrance.identity.ActivationAttempts;
import fr.integrance.identity.internal.ActivationAttempt.KeyKind;
import fr.integrance.identity.internal.SecurityJournal.ActivationRefusal;
import fr.integrance.platform.BlindIndex;

/**
 * Failures in the database, one row each, keyed by a keyed digest of the member number and of the
 * client address (no member number or address in clear). A count is taken before each attempt;
 * two attempts racing on two nodes may both pass the last free place, which lets a limit be exceeded
 * by the number of requests in flight at once, not more.
 */
@Service
class ActivationAttemptService implements ActivationAttempts {

	static final String MEMBER_NUMBER_SCOPE = "identity.activation.member-number";
	static final String CLIENT_ADDRESS_SCOPE = "identity.activation.client-address";

	private final ActivationAttemptRepository attempts;
	private final BlindIndex index;
	private final ActivationProperties properties;
	private final SecurityJournal journal;
	private final Clock clock;

	ActivationAttemptService(ActivationAttemptRepository attempts, BlindIndex index, ActivationProperties properties,
			SecurityJournal journal, Clock clock) {
		this.attempts = attempts;
		this.index = index;
		this.properties = properties;
		this.journal = journal;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public boolean limited(String clientAddress, String memberNumber) {
		Instant now = clock.instant();
		boolean limited = attempts.countSince(KeyKind.MEMBER_NUMBER, numberDigest(memberNumber),
				now.minus(properties.memberNumberWindow())) >= properties.maxFailuresPerMemberNumber()
				|| attempts.countSince(KeyKind.CLIENT_ADDRESS, addressDigest(clientAddress),
						now.minus(properties.clientAddressWindow())) >= properties.maxFailuresPerClientAddress();
		if (limited) {
			journal.activationRefused(ActivationRefusal.LIMITED);
		}
		return limited;
	}

	/** In a transaction of its own: the failure counts even if the caller's work rolls back. */
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
		String normalised = clientAddress == null ? "" : clientAddress.strip().toLowerCase(Locale.ROOT);
		return index.of(CLIENT_ADDRESS_SCOPE, normalised);
	}
}
