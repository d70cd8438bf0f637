package fr.integrance.privacy.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import fr.integrance.privacy.Register;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The register as stored with a published version: JSON in record-component order (stable
 * for one version of the code), and its SHA-256. Reading tolerates fields a later version
 * no longer has.
 */
final class RegisterSnapshots {

	private static final JsonMapper JSON = JsonMapper.builder()
		.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
		.build();

	private RegisterSnapshots() {
	}

	static String toJson(Register register) {
		return JSON.writeValueAsString(register);
	}

	static Register fromJson(String json) {
		return JSON.readValue(json, Register.class);
	}

	static String sha256(String json) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(json.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is required by every Java platform", ex);
		}
	}

}
