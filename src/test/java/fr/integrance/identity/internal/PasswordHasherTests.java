package fr.integrance.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Argon2id over the whole password: no truncation, and Unicode forms compare equal. */
class PasswordHasherTests {

	private final PasswordHasher hasher = new PasswordHasher(
			new IdentityProperties(null, null, new IdentityProperties.Argon2(1024, 1, 1), null, null));

	@Test
	void hashesWithArgon2id() {
		assertThat(hasher.hash("Correct-Horse-42")).startsWith("$argon2id$");
	}

	@Test
	void verifiesTheRightPasswordOnly() {
		String hash = hasher.hash("Correct-Horse-42");

		assertThat(hasher.matches("Correct-Horse-42", hash)).isTrue();
		assertThat(hasher.matches("Correct-Horse-43", hash)).isFalse();
	}

	@Test
	void neverTruncatesLongPasswords() {
		// bcrypt would ignore everything past 72 bytes; here the 128th character counts.
		String prefix = "A1!b".repeat(31);
		String hash = hasher.hash(prefix + "xyzw");

		assertThat(hasher.matches(prefix + "xyzw", hash)).isTrue();
		assertThat(hasher.matches(prefix + "xyzv", hash)).isFalse();
	}

	@Test
	void treatsComposedAndDecomposedAccentsAlike() {
		String composed = "Caf\u00e9-Cr\u00e8me-2026";
		String decomposed = "Cafe\u0301-Cre\u0300me-2026";

		assertThat(hasher.matches(decomposed, hasher.hash(composed))).isTrue();
	}

	@Test
	void withoutStoredHashAnswersFalse() {
		assertThat(hasher.matches("anything", null)).isFalse();
	}

}
