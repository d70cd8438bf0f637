package fr.integrance.people;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import fr.integrance.platform.EmailAddress;

/**
 * A new e-mail address waiting for its confirmation. {@link #toString()} masks the token.
 *
 * @param token the confirmation link's secret, in clear: to mail, never to store or log
 * @param email the new address, to which the link goes
 * @param previous the address on file, told of the change, or {@code null}
 * @param expiresAt when the link stops working
 */
public record EmailChangeRequest(String token, EmailAddress email, @Nullable EmailAddress previous, Instant expiresAt) {

	@Override
	public String toString() {
		return "EmailChangeRequest[token=****, email=" + email + ", expiresAt=" + expiresAt + "]";
	}

}
