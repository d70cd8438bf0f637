package fr.integrance.consent.internal;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import fr.integrance.consent.VisitorChoice;

/**
 * The consent cookie's value: {@code 1.<payload>.<mac>}, both parts base64url without
 * padding. The payload is
 * {@code <visitor uuid>|<notice version>|<epoch second>|<purpose>=1,<purpose>=0…}; the
 * mac is HMAC-SHA256 over {@code 1.<payload>} with a key derived from the configured
 * secret, so every node that shares the secret accepts the cookie and a value changed in
 * the browser is rejected.
 */
final class ChoiceCookieCodec {

	private static final String VERSION = "1";

	private static final String ALGORITHM = "HmacSHA256";

	/** Binds the derived key to this one use of the secret. */
	private static final byte[] KEY_LABEL = "integrance/consent-cookie/v1".getBytes(StandardCharsets.US_ASCII);

	private static final Pattern PURPOSE_ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");

	/** Far more than any genuine value: a longer cookie is not even parsed. */
	private static final int MAX_LENGTH = 1024;

	private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

	private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

	private final SecretKeySpec key;

	ChoiceCookieCodec(String secret) {
		if (secret == null || secret.isBlank()) {
			throw new IllegalArgumentException("The consent cookie secret is empty");
		}
		this.key = new SecretKeySpec(
				hmac(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), ALGORITHM), KEY_LABEL), ALGORITHM);
	}

	String encode(VisitorChoice choice) {
		StringBuilder purposes = new StringBuilder();
		choice.choices().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(entry -> {
			if (!PURPOSE_ID.matcher(entry.getKey()).matches()) {
				throw new IllegalArgumentException("Not a purpose id: " + entry.getKey());
			}
			if (purposes.length() > 0) {
				purposes.append(',');
			}
			purposes.append(entry.getKey()).append('=').append(entry.getValue() ? '1' : '0');
		});
		String payload = choice.visitorId() + "|" + URLEncoder.encode(choice.noticeVersion(), StandardCharsets.UTF_8)
				+ "|" + choice.decidedAt().getEpochSecond() + "|" + purposes;
		String signed = VERSION + "." + ENCODER.encodeToString(payload.getBytes(StandardCharsets.UTF_8));
		return signed + "." + ENCODER.encodeToString(hmac(key, signed.getBytes(StandardCharsets.US_ASCII)));
	}

	/**
	 * The choice, if the value is well formed and its signature is ours; empty otherwise.
	 */
	Optional<VisitorChoice> decode(String value) {
		if (value == null || value.length() > MAX_LENGTH) {
			return Optional.empty();
		}
		int lastDot = value.lastIndexOf('.');
		if (!value.startsWith(VERSION + ".") || lastDot <= VERSION.length()) {
			return Optional.empty();
		}
		String signed = value.substring(0, lastDot);
		try {
			byte[] expected = hmac(key, signed.getBytes(StandardCharsets.US_ASCII));
			byte[] given = DECODER.decode(value.substring(lastDot + 1));
			if (!MessageDigest.isEqual(expected, given)) {
				return Optional.empty();
			}
			String payload = new String(DECODER.decode(signed.substring(VERSION.length() + 1)), StandardCharsets.UTF_8);
			return Optional.of(parse(payload));
		}
		catch (IllegalArgumentException | java.time.DateTimeException ex) {
			// Not base64, not a UUID, not a number: a forged or damaged cookie counts as
			// no choice.
			return Optional.empty();
		}
	}

	private static VisitorChoice parse(String payload) {
		String[] parts = payload.split("\\|", -1);
		if (parts.length != 4) {
			throw new IllegalArgumentException("Malformed consent cookie");
		}
		Map<String, Boolean> choices = new LinkedHashMap<>();
		if (!parts[3].isEmpty()) {
			for (String item : parts[3].split(",")) {
				int equals = item.indexOf('=');
				String purpose = equals < 0 ? "" : item.substring(0, equals);
				String answer = item.substring(equals + 1);
				if (!PURPOSE_ID.matcher(purpose).matches() || !(answer.equals("1") || answer.equals("0"))) {
					throw new IllegalArgumentException("Malformed consent cookie");
				}
				choices.put(purpose, answer.equals("1"));
			}
		}
		return new VisitorChoice(UUID.fromString(parts[0]), URLDecoder.decode(parts[1], StandardCharsets.UTF_8),
				Instant.ofEpochSecond(Long.parseLong(parts[2])), choices);
	}

	private static byte[] hmac(SecretKeySpec key, byte[] data) {
		try {
			Mac mac = Mac.getInstance(ALGORITHM);
			mac.init(key);
			return mac.doFinal(data);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 is not available", ex);
		}
	}

}
