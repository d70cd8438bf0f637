package fr.integrance.platform.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

import fr.integrance.platform.BlindIndex;
import fr.integrance.platform.DecryptionFailedException;
import fr.integrance.platform.FieldContext;
import fr.integrance.platform.FieldEncryption;
import fr.integrance.platform.FieldKeyRotation;

/**
 * Where the keys come from: generated files, inline JSON, the environment, and refusals.
 */
@ExtendWith(OutputCaptureExtension.class)
class KeysetLoadingTests {

	private static final FieldContext CONTEXT = new FieldContext("person", "nir", "7");

	private static final String NIR = "295109912611193";

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withUserConfiguration(FieldEncryptionConfiguration.class);

	@TempDir
	Path directory;

	@Test
	void generatesOwnerOnlyKeysetFilesOnceAndReloadsTheSameKeysOnSecondStart(CapturedOutput output) throws IOException {
		Path keys = directory.resolve("data/keys");
		Path aeadFile = keys.resolve("field-aead-keyset.json");
		Path indexFile = keys.resolve("blind-index-keyset.json");
		ApplicationContextRunner generating = runner.withPropertyValues("app.crypto.keyset-file=" + aeadFile,
				"app.crypto.index-keyset-file=" + indexFile, "app.crypto.generate-if-missing=true");
		AtomicReference<String> stored = new AtomicReference<>();
		AtomicReference<String> storedIndex = new AtomicReference<>();

		generating.run(context -> {
			assertThat(context).hasNotFailed();
			stored.set(context.getBean(FieldEncryption.class).encrypt(NIR, CONTEXT));
			storedIndex.set(context.getBean(BlindIndex.class).of("person.nir", NIR));
		});
		assertThat(aeadFile).exists();
		assertThat(indexFile).exists();
		for (Path file : List.of(aeadFile, indexFile)) {
			assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
		}
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keys))).isEqualTo("rwx------");
		assertThat(countOccurrences(output.getOut(), "Generated a new field-encryption keyset")).isEqualTo(1);
		assertThat(countOccurrences(output.getOut(), "Generated a new blind-index keyset")).isEqualTo(1);
		String aeadJson = Files.readString(aeadFile);
		String indexJson = Files.readString(indexFile);

		generating.run(context -> {
			assertThat(context).hasNotFailed();
			assertThat(context.getBean(FieldEncryption.class).decrypt(stored.get(), CONTEXT)).isEqualTo(NIR);
			assertThat(context.getBean(BlindIndex.class).of("person.nir", NIR)).isEqualTo(storedIndex.get());
		});
		assertThat(Files.readString(aeadFile)).isEqualTo(aeadJson);
		assertThat(Files.readString(indexFile)).isEqualTo(indexJson);
		assertThat(countOccurrences(output.getOut(), "Generated a new")).isEqualTo(2);
		try (Stream<Path> files = Files.list(keys)) {
			assertThat(files).containsExactlyInAnyOrder(aeadFile, indexFile);
		}
	}

	@Test
	void readsKeysetsFromTheJsonProperties() {
		String aeadJson = TestKeysets.newAeadKeysetJson();
		String indexJson = TestKeysets.newIndexKeysetJson();
		TinkFieldEncryption sameKeys = new TinkFieldEncryption(TestKeysets.keyring(aeadJson));
		runner.withPropertyValues("app.crypto.keyset=" + aeadJson, "app.crypto.index-keyset=" + indexJson)
			.run(context -> {
				assertThat(context).hasNotFailed();
				FieldEncryption encryption = context.getBean(FieldEncryption.class);
				assertThat(encryption.decrypt(sameKeys.encrypt(NIR, CONTEXT), CONTEXT)).isEqualTo(NIR);
				assertThat(context.getBean(BlindIndex.class).of("person.nir", NIR))
					.isEqualTo(TestKeysets.blindIndex(indexJson).of("person.nir", NIR));
			});
		assertThat(directory).isEmptyDirectory();
	}

	@Test
	void bindsTheDocumentedEnvironmentVariables() {
		Map<String, Object> variables = Map.of("APP_CRYPTO_KEYSET", "{aead}", "APP_CRYPTO_KEYSET_FILE", "/k/a.json",
				"APP_CRYPTO_INDEX_KEYSET", "{prf}", "APP_CRYPTO_INDEX_KEYSET_FILE", "/k/i.json",
				"APP_CRYPTO_GENERATE_IF_MISSING", "true");
		Binder binder = new Binder(ConfigurationPropertySources.from(new SystemEnvironmentPropertySource(
				StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, variables)));
		CryptoProperties properties = binder.bind("app.crypto", CryptoProperties.class).get();
		assertThat(properties.keyset()).isEqualTo("{aead}");
		assertThat(properties.keysetFile()).isEqualTo(Path.of("/k/a.json"));
		assertThat(properties.indexKeyset()).isEqualTo("{prf}");
		assertThat(properties.indexKeysetFile()).isEqualTo(Path.of("/k/i.json"));
		assertThat(properties.generateIfMissing()).isTrue();
	}

	@Test
	void refusesToStartWithoutKeysNamingTheSettings() {
		runner.run(context -> {
			assertThat(context).hasFailed();
			assertThat(rootMessage(context.getStartupFailure())).contains("No field-encryption keyset configured")
				.contains("app.crypto.keyset", "APP_CRYPTO_KEYSET", "app.crypto.keyset-file", "APP_CRYPTO_KEYSET_FILE");
		});
		runner.withPropertyValues("app.crypto.keyset=" + TestKeysets.newAeadKeysetJson()).run(context -> {
			assertThat(context).hasFailed();
			assertThat(rootMessage(context.getStartupFailure())).contains("No blind-index keyset configured")
				.contains("app.crypto.index-keyset", "APP_CRYPTO_INDEX_KEYSET", "APP_CRYPTO_INDEX_KEYSET_FILE");
		});
	}

	@Test
	void refusesToStartWhenTheKeysetFileIsMissingAndGenerationIsOff() {
		Path absent = directory.resolve("absent-keyset.json");
		runner
			.withPropertyValues("app.crypto.keyset-file=" + absent,
					"app.crypto.index-keyset=" + TestKeysets.newIndexKeysetJson())
			.run(context -> {
				assertThat(context).hasFailed();
				assertThat(rootMessage(context.getStartupFailure())).contains(absent.toString())
					.contains("does not exist", "app.crypto.generate-if-missing is false");
			});
		assertThat(absent).doesNotExist();
	}

	@Test
	void refusesBothInlineAndFileKeysets() {
		runner
			.withPropertyValues("app.crypto.keyset=" + TestKeysets.newAeadKeysetJson(),
					"app.crypto.keyset-file=" + directory.resolve("k.json"))
			.run(context -> {
				assertThat(context).hasFailed();
				assertThat(rootMessage(context.getStartupFailure())).contains("set only one");
			});
	}

	@Test
	void refusesAnUnusableKeysetWithoutQuotingIt() throws IOException {
		String prfJson = TestKeysets.newIndexKeysetJson();
		runner.withPropertyValues("app.crypto.keyset=" + prfJson, "app.crypto.index-keyset=" + prfJson).run(context -> {
			assertThat(context).hasFailed();
			String message = rootMessage(context.getStartupFailure());
			assertThat(message).contains("app.crypto.keyset", "no usable AEAD key");
			TestKeysets.secretForms(prfJson).forEach(secret -> assertThat(message).doesNotContain(secret));
		});
		Path broken = directory.resolve("broken-keyset.json");
		String brokenContent = "{\"primaryKeyId\": 1, \"key\": [{\"value\": \"c2VjcmV0LWtleS1ieXRlcy0xMjM0\"";
		Files.writeString(broken, brokenContent);
		runner.withPropertyValues("app.crypto.keyset-file=" + broken).run(context -> {
			assertThat(context).hasFailed();
			String message = rootMessage(context.getStartupFailure());
			assertThat(message).contains(broken.toString(), "not a cleartext Tink JSON keyset")
				.doesNotContain("c2VjcmV0LWtleS1ieXRlcy0xMjM0");
		});
	}

	@Test
	void rotationOfAnInlineKeysetIsRefused() {
		FieldKeyRotation rotation = TestKeysets.keyring(TestKeysets.newAeadKeysetJson());
		int before = rotation.primaryKeyId();
		assertThatThrownBy(rotation::rotate).isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("app.crypto.keyset-file");
		assertThat(rotation.primaryKeyId()).isEqualTo(before);
	}

	@Test
	void rotationSavesTheKeysetAtomicallyAndAnotherNodeFollows() throws IOException {
		Path file = directory.resolve("keys/field-aead-keyset.json");
		FieldKeyring nodeA = new FieldKeyring(new KeysetStore(KeysetKind.FIELD_AEAD, null, file, true));
		FieldKeyring nodeB = new FieldKeyring(new KeysetStore(KeysetKind.FIELD_AEAD, null, file, false));
		TinkFieldEncryption encryptionA = new TinkFieldEncryption(nodeA);
		TinkFieldEncryption encryptionB = new TinkFieldEncryption(nodeB);
		String beforeRotation = encryptionA.encrypt(NIR, CONTEXT);

		int newPrimary = nodeA.rotate();

		assertThat(TestKeysets.parse(Files.readString(file)).size()).isEqualTo(2);
		assertThat(TestKeysets.parse(Files.readString(file)).getPrimary().getId()).isEqualTo(newPrimary);
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
		try (Stream<Path> files = Files.list(file.getParent())) {
			assertThat(files).containsExactly(file);
		}
		String afterRotation = encryptionA.encrypt(NIR, CONTEXT);
		assertThat(TestKeysets.keyIdOf(afterRotation)).isEqualTo(newPrimary);
		assertThat(encryptionA.decrypt(beforeRotation, CONTEXT)).isEqualTo(NIR);
		// Node B still holds the old keyset; meeting the new key id, it reads the file
		// again.
		assertThat(nodeB.primaryKeyId()).isNotEqualTo(newPrimary);
		assertThat(encryptionB.decrypt(afterRotation, CONTEXT)).isEqualTo(NIR);
		assertThat(nodeB.primaryKeyId()).isEqualTo(newPrimary);
	}

	@Test
	void aBrokenKeysetFileOnDiskDoesNotBreakTheKeysInMemory() throws IOException {
		Path file = directory.resolve("field-aead-keyset.json");
		FieldKeyring keyring = new FieldKeyring(new KeysetStore(KeysetKind.FIELD_AEAD, null, file, true));
		TinkFieldEncryption encryption = new TinkFieldEncryption(keyring);
		String stored = encryption.encrypt(NIR, CONTEXT);
		String foreign = new TinkFieldEncryption(TestKeysets.keyring(TestKeysets.newAeadKeysetJson())).encrypt(NIR,
				CONTEXT);
		Files.writeString(file, "{ half a keyset");

		assertThatThrownBy(() -> encryption.decrypt(foreign, CONTEXT))
			.isExactlyInstanceOf(DecryptionFailedException.class);
		assertThat(encryption.decrypt(stored, CONTEXT)).isEqualTo(NIR);
	}

	private static String rootMessage(Throwable failure) {
		Throwable cause = failure;
		while (cause.getCause() != null) {
			cause = cause.getCause();
		}
		return cause.getMessage();
	}

	private static int countOccurrences(String text, String part) {
		int count = 0;
		for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length())) {
			count++;
		}
		return count;
	}

}
