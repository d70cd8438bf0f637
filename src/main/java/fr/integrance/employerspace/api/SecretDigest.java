package fr.integrance.employerspace.api;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.jspecify.annotations.Nullable;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * How client secrets are kept: their SHA-256 digest. The secrets are 256 random bits
 * generated here, never chosen by a person, so that a slow, salted password hash (Argon2,
 * as for passwords) would add nothing against guessing while costing a fraction of a
 * second on every token request; a digest compared in constant time suffices.
 */
final class SecretDigest implements PasswordEncoder {

	static final SecretDigest INSTANCE = new SecretDigest();

	private SecretDigest() {
	}

	static String of(CharSequence secret) {
		try {
			MessageDigest sha = MessageDigest.getInstance("SHA-256");
			return HexFormat.of().formatHex(sha.digest(secret.toString().getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	@Override
	public String encode(@Nullable CharSequence rawPassword) {
		return of(rawPassword == null ? "" : rawPassword);
	}

	@Override
	public boolean matches(@Nullable CharSequence rawPassword, @Nullable String encodedPassword) {
		if (rawPassword == null || encodedPassword == null) {
			return false;
		}
		return MessageDigest.isEqual(of(rawPassword).getBytes(StandardCharsets.US_ASCII),
				encodedPassword.getBytes(StandardCharsets.US_ASCII));
	}

}
