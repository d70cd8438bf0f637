package fr.integrance.platform.crypto;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.Objects;

import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.prf.PrfSet;

import fr.integrance.platform.BlindIndex;

/**
 * {@link BlindIndex} with the primary PRF of the blind-index keyset. The PRF input is the
 * scope and the value, each length-prefixed, so that no (scope, value) pair can be made
 * to collide with another by moving characters across the boundary.
 */
final class TinkBlindIndex implements BlindIndex {

	/** 128 bits: no accidental collision among millions of rows, and a short column. */
	static final int OUTPUT_BYTES = 16;

	private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

	private final PrfSet prf;

	TinkBlindIndex(KeysetStore store) {
		KeysetKind.registerTink();
		KeysetHandle handle = store.load().handle();
		try {
			this.prf = handle.getPrimitive(RegistryConfiguration.get(), PrfSet.class);
			// Fails now rather than at the first lookup if the primary PRF cannot give 16
			// bytes.
			prf.computePrimary(new byte[0], OUTPUT_BYTES);
		}
		catch (GeneralSecurityException | RuntimeException ex) {
			throw store.invalid("it holds no usable PRF key (" + ex.getClass().getSimpleName() + ")");
		}
	}

	@Override
	@SuppressWarnings("NullAway") // null in, null out (a nullable column); a value in
									// gives a value out
	public String of(String scope, String normalisedValue) {
		Objects.requireNonNull(scope, "scope");
		if (scope.isBlank()) {
			throw new IllegalArgumentException("scope must not be blank");
		}
		if (normalisedValue == null) {
			return null;
		}
		ByteArrayOutputStream input = new ByteArrayOutputStream();
		writeLengthPrefixed(input, scope);
		writeLengthPrefixed(input, normalisedValue);
		try {
			return ENCODER.encodeToString(prf.computePrimary(input.toByteArray(), OUTPUT_BYTES));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Could not compute the blind index for scope " + scope + " ("
					+ ex.getClass().getSimpleName() + ")");
		}
	}

	private static void writeLengthPrefixed(ByteArrayOutputStream out, String part) {
		byte[] bytes = part.getBytes(StandardCharsets.UTF_8);
		out.writeBytes(ByteBuffer.allocate(Integer.BYTES).putInt(bytes.length).array());
		out.writeBytes(bytes);
	}

	@Override
	public String toString() {
		return "TinkBlindIndex[HMAC PRF, " + (OUTPUT_BYTES * 8) + "-bit output]";
	}

}
