package fr.integrance.platform.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import fr.integrance.platform.BlindIndex;
import fr.integrance.platform.FieldContext;
import fr.integrance.platform.FieldEncryption;
import fr.integrance.platform.FieldKeyRotation;

/**
 * Nothing key-like leaves the keyset files: not in the log of a whole key life
 * (generation, use, rotation, reload, failures), not in any bean's {@code toString()},
 * not in an exception.
 */
@ExtendWith(OutputCaptureExtension.class)
class KeyMaterialLeakTests {

	private static final FieldContext CONTEXT = new FieldContext("person", "nir", "42");

	@TempDir
	Path directory;

	@Test
	void noKeyMaterialInLogsBeanDescriptionsOrErrors(CapturedOutput output) throws Exception {
		Path aeadFile = directory.resolve("field-aead-keyset.json");
		Path indexFile = directory.resolve("blind-index-keyset.json");
		List<String> printed = new ArrayList<>();
		ApplicationContextRunner runner = new ApplicationContextRunner()
			.withUserConfiguration(FieldEncryptionConfiguration.class)
			.withPropertyValues("app.crypto.keyset-file=" + aeadFile, "app.crypto.index-keyset-file=" + indexFile,
					"app.crypto.generate-if-missing=true");

		runner.run(context -> {
			assertThat(context).hasNotFailed();
			FieldEncryption encryption = context.getBean(FieldEncryption.class);
			String stored = encryption.encrypt("295109912611193", CONTEXT);
			context.getBean(BlindIndex.class).of("person.nir", "295109912611193");
			context.getBean(FieldKeyRotation.class).rotate();
			encryption.decrypt(stored, CONTEXT);
			printed.add(String
				.valueOf(catchThrowable(() -> encryption.decrypt(stored, new FieldContext("person", "nir", "43")))));
			for (String name : context.getBeanDefinitionNames()) {
				printed.add(String.valueOf(context.getBean(name)));
			}
		});
		// A second node's view: reads the files, meets the rotated key, fails on a bad
		// value.
		runner.run(context -> printed.add(String.valueOf(catchThrowable(() -> context.getBean(FieldEncryption.class)
			.decrypt("v1:AQAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", CONTEXT)))));

		List<String> secrets = new ArrayList<>(TestKeysets.secretForms(Files.readString(aeadFile)));
		secrets.addAll(TestKeysets.secretForms(Files.readString(indexFile)));
		assertThat(TestKeysets.parse(Files.readString(aeadFile)).size()).isEqualTo(2);
		assertThat(output.getOut()).contains("Generated a new field-encryption keyset", "Field-encryption key rotated");
		assertThat(printed).hasSizeGreaterThan(4);
		for (String secret : secrets) {
			assertThat(output.getAll()).doesNotContain(secret);
			assertThat(printed).allSatisfy(text -> assertThat(text).doesNotContain(secret));
		}
	}

}
