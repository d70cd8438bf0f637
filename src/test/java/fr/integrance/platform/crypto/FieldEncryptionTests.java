package fr.integrance.platform.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;

import org.junit.jupiter.api.Test;

import fr.integrance.platform.DecryptionFailedException;
import fr.integrance.platform.FieldContext;

/** The cipher on its own, with an inline keyset: no Spring, no database. */
class FieldEncryptionTests {

	private static final String NIR = "295109912611193";

	private final TinkFieldEncryption encryption = new TinkFieldEncryption(
			TestKeysets.keyring(TestKeysets.newAeadKeysetJson()));

	private final FieldContext context = new FieldContext("person", "nir", "0b6e0f3a-6c55-4d1e-9d0e-0d9f6c2b8a11");

	@Test
	void roundTripsManyRandomStringsIncludingUnicodeAndEmpty() {
		// Fixed seed: a failure is reproducible.
		Random random = new Random(20261126L);
		for (int i = 0; i < 500; i++) {
			String value = randomString(random, i == 0 ? 0 : random.nextInt(200));
			String stored = encryption.encrypt(value, context);
			assertThat(encryption.decrypt(stored, context)).isEqualTo(value);
		}
		assertThat(encryption.decrypt(encryption.encrypt("", context), context)).isEmpty();
		String mixed = "Zoé Ñandú 李小龍 \uD83D\uDE00 \u0000 tab\tnew\nline";
		assertThat(encryption.decrypt(encryption.encrypt(mixed, context), context)).isEqualTo(mixed);
	}

	@Test
	void nullStaysNull() {
		assertThat(encryption.encrypt(null, context)).isNull();
		assertThat(encryption.decrypt(null, context)).isNull();
	}

	@Test
	void encryptsTheSameValueDifferentlyEachTime() {
		assertThat(encryption.encrypt(NIR, context)).isNotEqualTo(encryption.encrypt(NIR, context));
	}

	@Test
	void rejectsCiphertextOfAnotherRowColumnOrTable() {
		String stored = encryption.encrypt(NIR, context);
		for (FieldContext elsewhere : new FieldContext[] {
				new FieldContext("person", "nir", "0b6e0f3a-6c55-4d1e-9d0e-0d9f6c2b8a12"),
				new FieldContext("person", "iban", context.rowId()),
				new FieldContext("beneficiary", "nir", context.rowId()) }) {
			assertThatThrownBy(() -> encryption.decrypt(stored, elsewhere))
				.isExactlyInstanceOf(DecryptionFailedException.class)
				.hasNoCause();
		}
	}

	@Test
	void associatedDataIsUnambiguousAndIgnoresNameCase() {
		assertThat(new FieldContext("ab", "c", "1").associatedData())
			.isNotEqualTo(new FieldContext("a", "bc", "1").associatedData());
		assertThat(new FieldContext("a", "b", "c1").associatedData())
			.isNotEqualTo(new FieldContext("a", "bc", "1").associatedData());
		String stored = encryption.encrypt(NIR, new FieldContext("PERSON", "Nir", "42"));
		assertThat(encryption.decrypt(stored, new FieldContext("person", "nir", "42"))).isEqualTo(NIR);
	}

	@Test
	void rejectsEveryTamperedByteCleanly() {
		String stored = encryption.encrypt(NIR, context);
		byte[] original = TestKeysets.decode(stored);
		// Every position: the key-id prefix, the nonce, the encrypted body and the tag.
		for (int position = 0; position < original.length; position++) {
			byte[] tampered = original.clone();
			tampered[position] ^= 0x01;
			String altered = TestKeysets.encode(tampered);
			assertThatThrownBy(() -> encryption.decrypt(altered, context))
				.isExactlyInstanceOf(DecryptionFailedException.class)
				.hasNoCause()
				.satisfies(ex -> assertThat(ex.getMessage()).doesNotContain(NIR, altered, stored, context.rowId()));
		}
	}

	@Test
	void rejectsMalformedTextCleanly() {
		String stored = encryption.encrypt(NIR, context);
		for (String malformed : new String[] { "", NIR, "v2:" + stored.substring(3), "v1:", "v1:***",
				stored.substring(0, stored.length() - 10), stored + "AA" }) {
			assertThatThrownBy(() -> encryption.decrypt(malformed, context))
				.isExactlyInstanceOf(DecryptionFailedException.class)
				.hasNoCause();
		}
	}

	@Test
	void rejectsCiphertextOfAnotherKeyset() {
		TinkFieldEncryption other = new TinkFieldEncryption(TestKeysets.keyring(TestKeysets.newAeadKeysetJson()));
		String stored = other.encrypt(NIR, context);
		assertThatThrownBy(() -> encryption.decrypt(stored, context))
			.isExactlyInstanceOf(DecryptionFailedException.class)
			.hasNoCause();
	}

	@Test
	void rejectsBlankContextParts() {
		assertThatThrownBy(() -> new FieldContext("person", "nir", " ")).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new FieldContext(null, "nir", "1")).isInstanceOf(NullPointerException.class);
	}

	private static String randomString(Random random, int codePoints) {
		StringBuilder text = new StringBuilder();
		while (text.codePointCount(0, text.length()) < codePoints) {
			int codePoint = switch (random.nextInt(4)) {
				case 0 -> 0x20 + random.nextInt(0x5F); // ASCII
				case 1 -> 0xA0 + random.nextInt(0x2000); // Latin accents and beyond
				case 2 -> 0x1F300 + random.nextInt(0x300); // emoji, outside the BMP
				default -> random.nextInt(0x110000);
			};
			// Lone surrogates are not text: UTF-8 cannot carry them.
			if (Character.isDefined(codePoint) && Character.getType(codePoint) != Character.SURROGATE) {
				text.appendCodePoint(codePoint);
			}
		}
		return text.toString();
	}

}
