package fr.integrance.memberspace;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * What step 1 of the activation proved, kept in the server-side session (never in a
 * hidden field): this browser gave the data of the member {@code personId}, at
 * {@code recognisedAt}. It serves one step 2 within {@link #VALIDITY}.
 */
record RecognisedMember(UUID personId, Instant recognisedAt) implements Serializable {

	static final String SESSION_ATTRIBUTE = "memberspace.activation.recognised";

	static final Duration VALIDITY = Duration.ofMinutes(15);

	boolean validAt(Instant now) {
		return now.isBefore(recognisedAt.plus(VALIDITY));
	}

	@Override
	public String toString() {
		return "RecognisedMember[…]";
	}
}
