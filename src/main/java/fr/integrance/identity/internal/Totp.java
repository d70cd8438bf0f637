package fr.integrance.identity.internal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.OptionalLong;

import javax.crypto.spec.SecretKeySpec;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;

/**
 * TOTP codes (RFC 6238: HMAC-SHA1, 6 digits, 30-second steps), as every authenticator app
 * computes them. A code is accepted for its step and the steps on either side (clock
 * drift), and only for a step later than the last one accepted, so that a code cannot be
 * replayed.
 */
@Component
class Totp {

	static final Duration STEP = Duration.ofSeconds(30);
	static final int DIGITS = 6;
	static final int WINDOW = 1;

	private static final int SECRET_BYTES = 20;

	private static final SecureRandom RANDOM = new SecureRandom();

	private final TimeBasedOneTimePasswordGenerator generator = new TimeBasedOneTimePasswordGenerator(STEP, DIGITS,
			TimeBasedOneTimePasswordGenerator.TOTP_ALGORITHM_HMAC_SHA1);

	/** A new random secret (160 bits, as RFC 4226 recommends), in Base32. */
	public String newSecret() {
		byte[] bytes = new byte[SECRET_BYTES];
		RANDOM.nextBytes(bytes);
		return Base32.encode(bytes);
	}

	public long step(Instant instant) {
		return Math.floorDiv(instant.getEpochSecond(), STEP.getSeconds());
	}

	/** The code an authenticator app shows at that instant. */
	public String code(String secret, Instant at) {
		try {
			return generator.generateOneTimePasswordString(key(secret), at);
		}
		catch (InvalidKeyException e) {
			throw new IllegalStateException(e);
		}
	}

	/**
	 * @param lastStep the last step accepted for this secret, {@code null} if none
	 * @return the step the code belongs to, empty when the code is wrong, stale or
	 * replayed
	 */
	public OptionalLong verify(String secret, String code, Instant now, @Nullable Long lastStep) {
		if (secret == null || code == null || !code.matches("\\d{" + DIGITS + "}")) {
			return OptionalLong.empty();
		}
		long current = step(now);
		for (long step = current - WINDOW; step <= current + WINDOW; step++) {
			if (lastStep != null && step <= lastStep) {
				continue;
			}
			String expected = code(secret, Instant.ofEpochSecond(step * STEP.getSeconds()));
			if (java.security.MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
					code.getBytes(StandardCharsets.US_ASCII))) {
				return OptionalLong.of(step);
			}
		}
		return OptionalLong.empty();
	}

	/** The {@code otpauth://} address an authenticator app reads from the QR code. */
	public String provisioningUri(String secret, String issuer, String accountLabel) {
		String label = encode(issuer) + ":" + encode(accountLabel);
		return "otpauth://totp/" + label + "?secret=" + secret + "&issuer=" + encode(issuer) + "&algorithm=SHA1&digits="
				+ DIGITS + "&period=" + STEP.getSeconds();
	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
	}

	private static SecretKeySpec key(String secret) {
		return new SecretKeySpec(Base32.decode(secret), "HmacSHA1");
	}

}
