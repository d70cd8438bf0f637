package fr.integrance.platform.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import fr.integrance.platform.BlindIndex;
import fr.integrance.platform.DecryptionFailedException;
import fr.integrance.platform.EncryptedColumn;
import fr.integrance.platform.FieldContext;
import fr.integrance.platform.FieldEncryption;
import fr.integrance.platform.FieldKeyRotation;
import fr.integrance.platform.FieldReEncryptionJob;

/**
 * Field encryption through the application context and a real table (H2 here, PostgreSQL
 * in CI): what the database holds, what a copied or altered value does, and a full
 * rotation.
 */
@Tag("integration")
@SpringBootTest(properties = "app.crypto.re-encryption-batch-size=3")
@ExtendWith(OutputCaptureExtension.class)
class FieldEncryptionIntegrationTests {

	private static final String TABLE = "crypto_test_secret";

	private static final String NIR = "295109912611193";

	private static final String HEALTH_NEEDS = "Diabète de type 1, fauteuil roulant — suivi hebdomadaire";

	@TestConfiguration(proxyBeanMethods = false)
	static class DeclaredColumns {

		@Bean
		EncryptedColumn rotationSecret() {
			return new EncryptedColumn("crypto_test_rotation", "id", "secret");
		}

		@Bean
		EncryptedColumn numberedSecret() {
			return new EncryptedColumn("crypto_test_numbered", "id", "secret");
		}

		@Bean
		EncryptedColumn uuidSecret() {
			return new EncryptedColumn("crypto_test_uuid", "id", "secret");
		}

	}

	@Autowired
	FieldEncryption encryption;

	@Autowired
	BlindIndex blindIndex;

	@Autowired
	FieldKeyRotation rotation;

	@Autowired
	FieldReEncryptionJob reEncryption;

	@Autowired
	CryptoProperties properties;

	@Autowired
	PlatformTransactionManager transactionManager;

	@Autowired
	JdbcTemplate jdbc;

	/**
	 * The application's job walks every declared column, the modules' too (person NIR,
	 * IBAN…); on the PostgreSQL suite's shared database those hold rows of other test
	 * contexts, under other keys. The counts below are about this test's columns, so the
	 * same job runs on them alone.
	 */
	private FieldReEncryptionJob testColumnsJob() {
		assertThat(reEncryption.toString()).contains("columns");
		return new JdbcFieldReEncryptionJob((TinkFieldEncryption) encryption,
				List.of(new EncryptedColumn("crypto_test_rotation", "id", "secret"),
						new EncryptedColumn("crypto_test_numbered", "id", "secret"),
						new EncryptedColumn("crypto_test_uuid", "id", "secret")),
				jdbc, new TransactionTemplate(transactionManager), 3);
	}

	@BeforeEach
	void createTables() {
		// Dropped first: on a shared PostgreSQL database, rows of an earlier run hold
		// other keys.
		for (String table : List.of(TABLE, "crypto_test_rotation", "crypto_test_numbered", "crypto_test_uuid")) {
			jdbc.execute("DROP TABLE IF EXISTS " + table);
		}
		jdbc.execute("CREATE TABLE " + TABLE
				+ " (id VARCHAR(36) PRIMARY KEY, secret VARCHAR(1000), other_secret VARCHAR(1000), secret_index VARCHAR(100))");
		jdbc.execute("CREATE TABLE crypto_test_rotation (id VARCHAR(36) PRIMARY KEY, secret VARCHAR(1000))");
		jdbc.execute("CREATE TABLE crypto_test_numbered (id BIGINT PRIMARY KEY, secret VARCHAR(1000))");
		jdbc.execute("CREATE TABLE crypto_test_uuid (id UUID PRIMARY KEY, secret VARCHAR(1000))");
	}

	@Test
	void rawSelectShowsNoPlaintext() {
		String first = insertSecret(NIR);
		String second = insertSecret(HEALTH_NEEDS);

		for (Map<String, Object> row : jdbc.queryForList("SELECT id, secret FROM " + TABLE)) {
			String stored = (String) row.get("secret");
			assertThat(stored).startsWith("v1:");
			for (String plaintext : List.of(NIR, HEALTH_NEEDS)) {
				byte[] bytes = plaintext.getBytes(StandardCharsets.UTF_8);
				assertThat(stored).doesNotContain(plaintext, Base64.getEncoder().encodeToString(bytes),
						Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
			}
		}
		assertThat(readSecret(first)).isEqualTo(NIR);
		assertThat(readSecret(second)).isEqualTo(HEALTH_NEEDS);
	}

	@Test
	void ciphertextCopiedToAnotherRowFailsToDecrypt() {
		String victim = insertSecret(NIR);
		String attacker = insertSecret("180017512345678");
		jdbc.update("UPDATE " + TABLE + " SET secret = (SELECT secret FROM " + TABLE + " WHERE id = ?) WHERE id = ?",
				victim, attacker);

		assertThatThrownBy(() -> readSecret(attacker)).isExactlyInstanceOf(DecryptionFailedException.class)
			.hasNoCause()
			.hasMessageNotContaining(NIR)
			.hasMessageNotContaining(attacker);
		assertThat(readSecret(victim)).isEqualTo(NIR);
	}

	@Test
	void ciphertextCopiedToAnotherColumnFailsToDecrypt() {
		String id = insertSecret(NIR);
		jdbc.update("UPDATE " + TABLE + " SET other_secret = secret WHERE id = ?", id);
		String copied = jdbc.queryForObject("SELECT other_secret FROM " + TABLE + " WHERE id = ?", String.class, id);

		assertThatThrownBy(() -> encryption.decrypt(copied, new FieldContext(TABLE, "other_secret", id)))
			.isExactlyInstanceOf(DecryptionFailedException.class)
			.hasNoCause();
	}

	@Test
	void oneTamperedByteFailsCleanly() {
		String id = insertSecret(NIR);
		String stored = jdbc.queryForObject("SELECT secret FROM " + TABLE + " WHERE id = ?", String.class, id);
		byte[] bytes = TestKeysets.decode(stored);
		bytes[bytes.length / 2] ^= 0x40;
		jdbc.update("UPDATE " + TABLE + " SET secret = ? WHERE id = ?", TestKeysets.encode(bytes), id);

		assertThatThrownBy(() -> readSecret(id)).isExactlyInstanceOf(DecryptionFailedException.class)
			.hasNoCause()
			.hasMessage("Could not decrypt " + TABLE + ".secret: altered, moved from another row or column,"
					+ " or made with an unknown key");
	}

	@Test
	void blindIndexFindsTheRowByExactValue() {
		String wanted = insertSecret(NIR);
		insertSecret("253072B07300470");
		insertSecret(null);

		List<String> found = jdbc.queryForList("SELECT id FROM " + TABLE + " WHERE secret_index = ?", String.class,
				blindIndex.of("crypto_test.nir", NIR));

		assertThat(found).containsExactly(wanted);
		assertThat(jdbc.queryForList("SELECT id FROM " + TABLE + " WHERE secret_index = ?", String.class,
				blindIndex.of("crypto_test.other", NIR)))
			.isEmpty();
		assertThat(jdbc.queryForObject("SELECT secret_index FROM " + TABLE + " WHERE id = ?", String.class, wanted))
			.doesNotContain(NIR);
	}

	@Test
	void afterRotationOldValuesReadNewOnesUseTheNewKeyAndTheJobMovesEveryRow() throws Exception {
		Map<String, String> texts = new LinkedHashMap<>();
		for (int i = 0; i < 7; i++) {
			String id = UUID.randomUUID().toString();
			texts.put(id, "secret n°" + i);
			jdbc.update("INSERT INTO crypto_test_rotation (id, secret) VALUES (?, ?)", id,
					encryption.encrypt("secret n°" + i, new FieldContext("crypto_test_rotation", "secret", id)));
		}
		for (long id = 1; id <= 5; id++) {
			jdbc.update("INSERT INTO crypto_test_numbered (id, secret) VALUES (?, ?)", id,
					encryption.encrypt("numbered " + id, new FieldContext("crypto_test_numbered", "secret", "" + id)));
		}
		jdbc.update("INSERT INTO crypto_test_numbered (id, secret) VALUES (6, NULL)");
		Map<UUID, String> uuidTexts = new LinkedHashMap<>();
		for (int i = 0; i < 4; i++) {
			UUID id = UUID.randomUUID();
			uuidTexts.put(id, "uuid row " + i);
			jdbc.update("INSERT INTO crypto_test_uuid (id, secret) VALUES (?, ?)", id,
					encryption.encrypt("uuid row " + i, new FieldContext("crypto_test_uuid", "secret", id.toString())));
		}
		int oldKey = rotation.primaryKeyId();
		assertThat(allStored()).allSatisfy(stored -> assertThat(TestKeysets.keyIdOf(stored)).isEqualTo(oldKey));

		int newKey = rotation.rotate();

		assertThat(newKey).isNotEqualTo(oldKey).isEqualTo(rotation.primaryKeyId());
		assertThat(TestKeysets.parse(Files.readString(properties.keysetFile())).size()).isGreaterThanOrEqualTo(2);
		texts.forEach((id, text) -> assertThat(readRotation(id)).isEqualTo(text));
		String addedAfter = UUID.randomUUID().toString();
		texts.put(addedAfter, "written after the rotation");
		String newStored = encryption.encrypt("written after the rotation",
				new FieldContext("crypto_test_rotation", "secret", addedAfter));
		assertThat(TestKeysets.keyIdOf(newStored)).isEqualTo(newKey);
		jdbc.update("INSERT INTO crypto_test_rotation (id, secret) VALUES (?, ?)", addedAfter, newStored);

		FieldReEncryptionJob.Counts first = testColumnsJob().run();

		assertThat(first).isEqualTo(new FieldReEncryptionJob.Counts(17, 16, 1, 0));
		assertThat(allStored()).allSatisfy(stored -> assertThat(TestKeysets.keyIdOf(stored)).isEqualTo(newKey));
		texts.forEach((id, text) -> assertThat(readRotation(id)).isEqualTo(text));
		for (long id = 1; id <= 5; id++) {
			String stored = jdbc.queryForObject("SELECT secret FROM crypto_test_numbered WHERE id = ?", String.class,
					id);
			assertThat(encryption.decrypt(stored, new FieldContext("crypto_test_numbered", "secret", "" + id)))
				.isEqualTo("numbered " + id);
		}
		uuidTexts.forEach((id, text) -> {
			String stored = jdbc.queryForObject("SELECT secret FROM crypto_test_uuid WHERE id = ?", String.class, id);
			assertThat(encryption.decrypt(stored, new FieldContext("crypto_test_uuid", "secret", id.toString())))
				.isEqualTo(text);
		});

		FieldReEncryptionJob.Counts second = testColumnsJob().run();

		assertThat(second).isEqualTo(new FieldReEncryptionJob.Counts(17, 0, 17, 0));
	}

	@Test
	void reEncryptionCountsAndLeavesAValueThatDoesNotDecrypt(CapturedOutput output) {
		String good = UUID.randomUUID().toString();
		String moved = UUID.randomUUID().toString();
		String goodStored = encryption.encrypt("good", new FieldContext("crypto_test_rotation", "secret", good));
		jdbc.update("INSERT INTO crypto_test_rotation (id, secret) VALUES (?, ?)", good, goodStored);
		jdbc.update("INSERT INTO crypto_test_rotation (id, secret) VALUES (?, ?)", moved, goodStored);
		rotation.rotate();

		FieldReEncryptionJob.Counts counts = testColumnsJob().run();

		assertThat(counts).isEqualTo(new FieldReEncryptionJob.Counts(2, 1, 0, 1));
		assertThat(jdbc.queryForObject("SELECT secret FROM crypto_test_rotation WHERE id = ?", String.class, moved))
			.isEqualTo(goodStored);
		assertThat(output.getOut()).contains("crypto_test_rotation.secret of row " + moved + " does not decrypt")
			.doesNotContain(goodStored.substring(3));
	}

	@Test
	void noBeanOfFieldEncryptionPrintsKeyMaterial() throws Exception {
		List<String> secrets = new ArrayList<>(TestKeysets.secretForms(Files.readString(properties.keysetFile())));
		secrets.addAll(TestKeysets.secretForms(Files.readString(properties.indexKeysetFile())));
		for (Object bean : List.of(encryption, blindIndex, rotation, reEncryption, properties)) {
			String printed = bean.toString();
			secrets.forEach(secret -> assertThat(printed).doesNotContain(secret));
		}
	}

	private String insertSecret(String plaintext) {
		String id = UUID.randomUUID().toString();
		jdbc.update("INSERT INTO " + TABLE + " (id, secret, secret_index) VALUES (?, ?, ?)", id,
				encryption.encrypt(plaintext, new FieldContext(TABLE, "secret", id)),
				blindIndex.of("crypto_test.nir", plaintext));
		return id;
	}

	private String readSecret(String id) {
		String stored = jdbc.queryForObject("SELECT secret FROM " + TABLE + " WHERE id = ?", String.class, id);
		return encryption.decrypt(stored, new FieldContext(TABLE, "secret", id));
	}

	private String readRotation(String id) {
		String stored = jdbc.queryForObject("SELECT secret FROM crypto_test_rotation WHERE id = ?", String.class, id);
		return encryption.decrypt(stored, new FieldContext("crypto_test_rotation", "secret", id));
	}

	private List<String> allStored() {
		List<String> stored = new ArrayList<>(
				jdbc.queryForList("SELECT secret FROM crypto_test_rotation WHERE secret IS NOT NULL", String.class));
		stored.addAll(
				jdbc.queryForList("SELECT secret FROM crypto_test_numbered WHERE secret IS NOT NULL", String.class));
		stored.addAll(jdbc.queryForList("SELECT secret FROM crypto_test_uuid WHERE secret IS NOT NULL", String.class));
		return stored;
	}

}
