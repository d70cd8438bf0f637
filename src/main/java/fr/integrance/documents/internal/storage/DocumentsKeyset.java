package fr.integrance.documents.internal.storage;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.aead.PredefinedAeadParameters;
import com.google.crypto.tink.streamingaead.StreamingAeadConfig;

/**
 * The documents keyset: the key-encryption key (a Tink AEAD, AES256-GCM) that wraps each
 * content's own key. Given either inline as Tink JSON
 * ({@code app.crypto.documents-keyset}, {@code APP_CRYPTO_DOCUMENTS_KEYSET}) or as a file
 * ({@code app.crypto.documents-keyset-file}, by default
 * {@code ${app.data-dir}/keys/documents-keyset.json}), following the rules of the other
 * keysets: the file is created at first start only when
 * {@code app.crypto.generate-if-missing} is true (embedded and test profiles; refused in
 * production), owner-only; nothing here prints key material.
 */
final class DocumentsKeyset {

	private static final Logger log = LoggerFactory.getLogger(DocumentsKeyset.class);

	static final String INLINE_PROPERTY = "app.crypto.documents-keyset";

	static final String FILE_PROPERTY = "app.crypto.documents-keyset-file";

	private DocumentsKeyset() {
	}

	/** Registers the Tink key managers the store needs; repeated calls are harmless. */
	static void registerTink() {
		try {
			AeadConfig.register();
			StreamingAeadConfig.register();
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Could not register the Tink AEAD and streaming AEAD key types", ex);
		}
	}

	/** Reads (or creates, when allowed) the keyset and returns its AEAD. */
	static Aead load(@Nullable String inlineJson, @Nullable Path file, boolean generateIfMissing) {
		registerTink();
		boolean inline = inlineJson != null && !inlineJson.isBlank();
		if (inline && file != null) {
			throw new IllegalStateException("Both " + INLINE_PROPERTY + " (APP_CRYPTO_DOCUMENTS_KEYSET) and "
					+ FILE_PROPERTY + " (APP_CRYPTO_DOCUMENTS_KEYSET_FILE) are set for the documents keyset:"
					+ " set only one of them.");
		}
		if (inline) {
			return aead(parse(Objects.requireNonNull(inlineJson), INLINE_PROPERTY), INLINE_PROPERTY);
		}
		if (file == null) {
			throw new IllegalStateException("No documents keyset configured: set " + INLINE_PROPERTY
					+ " (APP_CRYPTO_DOCUMENTS_KEYSET) to the keyset JSON, or " + FILE_PROPERTY
					+ " (APP_CRYPTO_DOCUMENTS_KEYSET_FILE) to a keyset file.");
		}
		String source = FILE_PROPERTY + " (" + file + ")";
		if (!Files.exists(file)) {
			if (!generateIfMissing) {
				throw new IllegalStateException("The documents keyset file " + file + " (" + FILE_PROPERTY
						+ " / APP_CRYPTO_DOCUMENTS_KEYSET_FILE) does not exist, and app.crypto.generate-if-missing"
						+ " is false. Provide the keyset file (a Tink AEAD keyset, AES256-GCM), or give the keyset"
						+ " JSON in " + INLINE_PROPERTY + " (APP_CRYPTO_DOCUMENTS_KEYSET) instead.");
			}
			generate(file);
		}
		try {
			return aead(parse(Files.readString(file, StandardCharsets.UTF_8), source), source);
		}
		catch (IOException ex) {
			throw new IllegalStateException("Could not read the documents keyset file " + file + " (" + FILE_PROPERTY
					+ "): " + ex.getClass().getSimpleName());
		}
	}

	private static void generate(Path file) {
		try {
			KeysetHandle handle = KeysetHandle.newBuilder()
				.addEntry(KeysetHandle.generateEntryFromParameters(PredefinedAeadParameters.AES256_GCM)
					.withRandomId()
					.makePrimary())
				.build();
			String json = TinkJsonProtoKeysetFormat.serializeKeyset(handle, InsecureSecretKeyAccess.get());
			Path directory = Objects.requireNonNull(file.toAbsolutePath().getParent(), "a file has a parent");
			Files.createDirectories(directory);
			boolean posix = Files.getFileStore(directory).supportsFileAttributeView("posix");
			// The name ends like the target so that ignore rules for keyset files cover
			// it.
			Path temporary = posix
					? Files.createTempFile(directory, ".tmp-", "-" + file.getFileName(),
							PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")))
					: Files.createTempFile(directory, ".tmp-", "-" + file.getFileName());
			try {
				Files.writeString(temporary, json, StandardCharsets.UTF_8);
				// No REPLACE_EXISTING: if another process created the file meanwhile,
				// keep
				// theirs.
				Files.move(temporary, file);
				log.info("Generated a new documents keyset in {}; keep this file secret, backed up and out of"
						+ " version control: without it no stored document can be read", file);
			}
			catch (FileAlreadyExistsException ex) {
				log.info("The documents keyset file {} appeared while generating one; using it", file);
			}
			finally {
				Files.deleteIfExists(temporary);
			}
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Could not generate a documents keyset", ex);
		}
		catch (IOException ex) {
			throw new IllegalStateException("Could not write the new documents keyset to " + file, ex);
		}
	}

	private static KeysetHandle parse(String json, String source) {
		try {
			return TinkJsonProtoKeysetFormat.parseKeyset(json, InsecureSecretKeyAccess.get());
		}
		catch (GeneralSecurityException | RuntimeException ex) {
			// The parser's message may quote the input, which is key material: name the
			// type only.
			throw invalid(source, "it is not a cleartext Tink JSON keyset (" + ex.getClass().getSimpleName() + ")");
		}
	}

	private static Aead aead(KeysetHandle handle, String source) {
		try {
			return handle.getPrimitive(RegistryConfiguration.get(), Aead.class);
		}
		catch (GeneralSecurityException | RuntimeException ex) {
			throw invalid(source, "it holds no usable AEAD key (" + ex.getClass().getSimpleName() + ")");
		}
	}

	private static IllegalStateException invalid(String source, String reason) {
		return new IllegalStateException("The documents keyset from " + source + " is unusable: " + reason
				+ ". Expected a Tink AEAD keyset (AES256-GCM) in Tink JSON format.");
	}

}
