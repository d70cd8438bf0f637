package fr.integrance.platform.crypto;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.util.Objects;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;

import org.jspecify.annotations.Nullable;

/**
 * Reads one cleartext Tink JSON keyset from a setting or a file, creates the file when
 * allowed, and saves a rotated keyset. Nothing here logs, prints or chains an exception
 * that could carry key material: parse errors are reported by the setting's name and the
 * exception type only.
 */
final class KeysetStore {

	private static final Logger log = LoggerFactory.getLogger(KeysetStore.class);

	private static final Set<PosixFilePermission> OWNER_READ_WRITE = PosixFilePermissions.fromString("rw-------");

	private static final Set<PosixFilePermission> OWNER_ONLY_DIRECTORY = PosixFilePermissions.fromString("rwx------");

	private final KeysetKind kind;

	private final @Nullable String inlineJson;

	private final Path file;

	private final boolean generateIfMissing;

	KeysetStore(KeysetKind kind, @Nullable String inlineJson, Path file, boolean generateIfMissing) {
		this.kind = kind;
		this.inlineJson = hasText(inlineJson) ? inlineJson : null;
		this.file = file;
		this.generateIfMissing = generateIfMissing;
		if (this.inlineJson != null && file != null) {
			throw new IllegalStateException("Both " + kind.inlineProperty + " (" + kind.inlineVariable() + ") and "
					+ kind.fileProperty() + " (" + kind.fileVariable() + ") are set for the " + kind.description
					+ ": set only one of them.");
		}
		if (this.inlineJson == null && file == null) {
			throw new IllegalStateException("No " + kind.description + " configured: set " + kind.inlineProperty
					+ " (environment variable " + kind.inlineVariable() + ") to the keyset JSON, or "
					+ kind.fileProperty() + " (" + kind.fileVariable() + ") to a keyset file"
					+ " (app.crypto.generate-if-missing=true creates the file at first start, outside production).");
		}
	}

	/** A keyset read at start-up, with the state of its file to notice later changes. */
	record Loaded(KeysetHandle handle, @Nullable FileStamp stamp) {
	}

	/**
	 * Identifies one version of the keyset file; {@code null} stamps mean an inline
	 * keyset.
	 */
	record FileStamp(FileTime modified, long size, Object fileKey) {
	}

	boolean isFile() {
		return file != null;
	}

	/** Where the keyset comes from, for messages (never its content). */
	String source() {
		return file != null ? kind.fileProperty() + " (" + file + ")" : kind.inlineProperty;
	}

	/**
	 * Reads the keyset, first creating its file when it is absent and generation is
	 * allowed.
	 */
	Loaded load() {
		if (inlineJson != null) {
			return new Loaded(parse(inlineJson), null);
		}
		if (!Files.exists(file)) {
			if (!generateIfMissing) {
				throw new IllegalStateException("The " + kind.description + " file " + file + " (" + kind.fileProperty()
						+ " / " + kind.fileVariable() + ") does not exist, and app.crypto.generate-if-missing is false."
						+ " Provide the keyset file, or give the keyset JSON in " + kind.inlineProperty + " ("
						+ kind.inlineVariable() + ") instead.");
			}
			generate();
		}
		return readFile();
	}

	/**
	 * Reads the file again if it changed since {@code known}, e.g. after another node
	 * rotated the keyset; {@code null} when it did not change or the keyset is inline.
	 */
	@Nullable Loaded reloadIfChanged(@Nullable FileStamp known) {
		if (file == null) {
			return null;
		}
		try {
			if (stamp().equals(known)) {
				return null;
			}
		}
		catch (IOException ex) {
			log.warn("Could not check the {} file {} for changes: {}", kind.description, file,
					ex.getClass().getSimpleName());
			return null;
		}
		return readFile();
	}

	/**
	 * Replaces the file's content atomically: a reader sees the old keyset or the new
	 * one, never half of one, and a crash leaves the old file in place.
	 */
	FileStamp save(KeysetHandle handle) {
		if (file == null) {
			throw new IllegalStateException("The " + kind.description + " comes from " + kind.inlineProperty
					+ " and cannot be saved: rotate it outside the application, or use " + kind.fileProperty() + ".");
		}
		try {
			Path temporary = writeTemporary(serialize(handle));
			try {
				Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
			}
			catch (AtomicMoveNotSupportedException ex) {
				Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
			}
			finally {
				Files.deleteIfExists(temporary);
			}
			restrictToOwner(file);
			return stamp();
		}
		catch (IOException ex) {
			throw new IllegalStateException("Could not save the " + kind.description + " to " + file, ex);
		}
	}

	private void generate() {
		try {
			KeysetHandle handle = KeysetHandle.newBuilder()
				.addEntry(KeysetHandle.generateEntryFromParameters(kind.newKeyParameters).withRandomId().makePrimary())
				.build();
			Path temporary = writeTemporary(serialize(handle));
			try {
				// No REPLACE_EXISTING: if another process created the file meanwhile,
				// keep theirs.
				Files.move(temporary, file);
				restrictToOwner(file);
				log.info("Generated a new {} in {}; keep this file secret, backed up and out of version control",
						kind.description, file);
			}
			catch (FileAlreadyExistsException ex) {
				log.info("The {} file {} appeared while generating one; using it", kind.description, file);
			}
			finally {
				Files.deleteIfExists(temporary);
			}
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Could not generate a " + kind.description, ex);
		}
		catch (IOException ex) {
			throw new IllegalStateException("Could not write the new " + kind.description + " to " + file, ex);
		}
	}

	private Loaded readFile() {
		try {
			FileStamp stamp = stamp();
			String json = Files.readString(file, StandardCharsets.UTF_8);
			return new Loaded(parse(json), stamp);
		}
		catch (IOException ex) {
			throw new IllegalStateException("Could not read the " + kind.description + " file " + file + " ("
					+ kind.fileProperty() + "): " + ex.getClass().getSimpleName());
		}
	}

	private KeysetHandle parse(String json) {
		try {
			return TinkJsonProtoKeysetFormat.parseKeyset(json, InsecureSecretKeyAccess.get());
		}
		catch (GeneralSecurityException | RuntimeException ex) {
			// The parser's message may quote the input, which is key material: name the
			// type only.
			throw invalid("it is not a cleartext Tink JSON keyset (" + ex.getClass().getSimpleName() + ")");
		}
	}

	/** An exception saying that the keyset from this source is unusable, and why. */
	IllegalStateException invalid(String reason) {
		return new IllegalStateException("The " + kind.description + " from " + source() + " is unusable: " + reason
				+ ". Expected " + kind.expectedContent + " in Tink JSON format.");
	}

	private static String serialize(KeysetHandle handle) throws IOException {
		try {
			return TinkJsonProtoKeysetFormat.serializeKeyset(handle, InsecureSecretKeyAccess.get());
		}
		catch (GeneralSecurityException ex) {
			throw new IOException("Could not serialise the keyset", ex);
		}
	}

	/** Writes the content, owner-only and flushed to disk, next to the target file. */
	private Path writeTemporary(String content) throws IOException {
		Path directory = Objects.requireNonNull(file.toAbsolutePath().getParent(), "an absolute file has a parent");
		boolean posix = Files.getFileStore(existingAncestor(directory)).supportsFileAttributeView("posix");
		if (!Files.isDirectory(directory)) {
			if (posix) {
				Files.createDirectories(directory, PosixFilePermissions.asFileAttribute(OWNER_ONLY_DIRECTORY));
			}
			else {
				Files.createDirectories(directory);
			}
		}
		FileAttribute<?>[] attributes = posix
				? new FileAttribute<?>[] { PosixFilePermissions.asFileAttribute(OWNER_READ_WRITE) }
				: new FileAttribute<?>[0];
		// The name ends like the target so that ignore rules for keyset files cover it
		// too.
		Path temporary = Files.createTempFile(directory, ".tmp-", "-" + file.getFileName(), attributes);
		try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE,
				StandardOpenOption.TRUNCATE_EXISTING)) {
			ByteBuffer bytes = ByteBuffer.wrap(content.getBytes(StandardCharsets.UTF_8));
			while (bytes.hasRemaining()) {
				channel.write(bytes);
			}
			channel.force(true);
		}
		if (!posix) {
			restrictToOwner(temporary);
		}
		return temporary;
	}

	private static Path existingAncestor(Path directory) {
		Path candidate = directory;
		while (candidate != null && !Files.exists(candidate)) {
			candidate = candidate.getParent();
		}
		return candidate != null ? candidate : directory.getRoot();
	}

	private static void restrictToOwner(Path path) throws IOException {
		if (Files.getFileStore(path).supportsFileAttributeView("posix")) {
			Files.setPosixFilePermissions(path, OWNER_READ_WRITE);
		}
		else {
			// Best effort where POSIX permissions do not exist (Windows developer
			// machines).
			java.io.File asFile = path.toFile();
			boolean restricted = asFile.setReadable(false, false) && asFile.setReadable(true, true)
					&& asFile.setWritable(false, false) && asFile.setWritable(true, true);
			if (!restricted) {
				log.warn("Could not restrict {} to its owner; check its permissions", path);
			}
		}
	}

	private FileStamp stamp() throws IOException {
		BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
		return new FileStamp(attributes.lastModifiedTime(), attributes.size(), attributes.fileKey());
	}

	private static boolean hasText(@Nullable String value) {
		return value != null && !value.isBlank();
	}

	@Override
	public String toString() {
		return "KeysetStore[" + kind.description + " from " + source() + "]";
	}

}
