package fr.integrance.people;

import java.time.Instant;

/**
 * A change of bank details waiting for the person's signature: its id, the one-time code
 * to send to the person (the only time it exists in clear: only its keyed digest is
 * stored) and when the code expires. {@link #toString()} masks the code.
 */
public record ProposedBankChange(BankChangeId id, String code, Instant expiresAt) {

	@Override
	public String toString() {
		return "ProposedBankChange[id=" + id + ", code=******, expiresAt=" + expiresAt + "]";
	}
}
