package fr.integrance.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * RFC 6238 test vectors (SHA-1, last six digits), the drift window and replay refusal.
 */
class TotpTests {

	/** The RFC's SHA-1 seed, "12345678901234567890", in Base32. */
	static final String RFC_SECRET = Base32.encode("12345678901234567890".getBytes(StandardCharsets.US_ASCII));

	private final Totp totp = new Totp();

	@ParameterizedTest
	@CsvSource({ "59, 287082", "1111111109, 081804", "1111111111, 050471", "1234567890, 005924", "2000000000, 279037",
			"20000000000, 353130" })
	void codesMatchRfc6238Vectors(long epochSecond, String code) {
		assertThat(totp.code(RFC_SECRET, Instant.ofEpochSecond(epochSecond))).isEqualTo(code);
	}

	@Test
	void base32RoundTrips() {
		assertThat(RFC_SECRET).isEqualTo("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
		assertThat(new String(Base32.decode("gezd gnbv gy3t qojq gezd gnbv gy3t qojq"), StandardCharsets.US_ASCII))
			.isEqualTo("12345678901234567890");
	}

	@Test
	void acceptsTheStepsOnEitherSideOnly() {
		Instant now = Instant.ofEpochSecond(1_234_567_890);
		long step = totp.step(now);

		assertThat(totp.verify(RFC_SECRET, totp.code(RFC_SECRET, now.minusSeconds(30)), now, null)).hasValue(step - 1);
		assertThat(totp.verify(RFC_SECRET, totp.code(RFC_SECRET, now.plusSeconds(30)), now, null)).hasValue(step + 1);
		assertThat(totp.verify(RFC_SECRET, totp.code(RFC_SECRET, now.minusSeconds(60)), now, null)).isEmpty();
	}

	@Test
	void refusesACodeOfAStepAlreadyUsed() {
		Instant now = Instant.ofEpochSecond(1_234_567_890);
		String code = totp.code(RFC_SECRET, now);

		assertThat(totp.verify(RFC_SECRET, code, now, totp.step(now))).isEmpty();
		assertThat(totp.verify(RFC_SECRET, code, now, totp.step(now) - 1)).isPresent();
	}

	@Test
	void refusesMalformedCodes() {
		Instant now = Instant.ofEpochSecond(59);

		assertThat(totp.verify(RFC_SECRET, "28708", now, null)).isEmpty();
		assertThat(totp.verify(RFC_SECRET, "2870821", now, null)).isEmpty();
		assertThat(totp.verify(RFC_SECRET, "abcdef", now, null)).isEmpty();
	}

	@Test
	void newSecretsAre160BitsAndDiffer() {
		String secret = totp.newSecret();

		assertThat(Base32.decode(secret)).hasSize(20);
		assertThat(totp.newSecret()).isNotEqualTo(secret);
	}

	@Test
	void provisioningUriNamesTheIssuer() {
		assertThat(totp.provisioningUri("ABC", "Mutuelle Intégrance", "a@b.fr")).startsWith(
				"otpauth://totp/Mutuelle%20Int%C3%A9grance:a%40b.fr?secret=ABC&issuer=Mutuelle%20Int%C3%A9grance");
	}

	@Test
	void qrCodeIsAnInlineSvgImage() {
		String uri = QrCodes.svgDataUri("otpauth://totp/x?secret=ABC");

		assertThat(uri).startsWith("data:image/svg+xml;base64,");
		String svg = new String(java.util.Base64.getDecoder().decode(uri.substring(uri.indexOf(',') + 1)),
				StandardCharsets.UTF_8);
		assertThat(svg).startsWith("<svg").contains("<path").doesNotContain("<script");
	}

}
