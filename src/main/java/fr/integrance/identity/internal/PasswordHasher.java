package fr.integrance.identity.internal;

import java.text.Normalizer;
import java.util.Objects;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Argon2id hashing of passwords (memory-hard, no length limit: the whole password is
 * hashed, never truncated). Passwords are normalised to Unicode NFKC first, so that the
 * same password typed on two keyboards (composed or decomposed accents) gives the same
 * hash.
 */
@Component
class PasswordHasher {

	private final Argon2PasswordEncoder encoder;

	/**
	 * A hash of a random password, verified when there is no real hash, so that timing is
	 * comparable.
	 */
	private final String dummyHash;

	PasswordHasher(IdentityProperties properties) {
		IdentityProperties.Argon2 cost = properties.argon2();
		this.encoder = new Argon2PasswordEncoder(16, 32, cost.parallelism(), cost.memoryKib(), cost.iterations());
		this.dummyHash = Objects.requireNonNull(encoder.encode(UUID.randomUUID().toString()));
	}

	public String hash(String password) {
		return Objects.requireNonNull(encoder.encode(normalise(password)));
	}

	/**
	 * Verifies a password; without a stored hash, spends the same time and answers false.
	 */
	public boolean matches(String password, @Nullable String hash) {
		if (hash == null) {
			encoder.matches(normalise(password), dummyHash);
			return false;
		}
		return encoder.matches(normalise(password), hash);
	}

	/**
	 * Spends the time of one verification, for an unknown login: no enumeration by
	 * timing.
	 */
	public void verifyNothing(String password) {
		encoder.matches(normalise(password), dummyHash);
	}

	static String normalise(String password) {
		return Normalizer.normalize(password == null ? "" : password, Normalizer.Form.NFKC);
	}

}
