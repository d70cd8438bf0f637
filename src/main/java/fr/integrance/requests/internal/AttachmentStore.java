package fr.integrance.requests.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import fr.integrance.documents.ContentId;
import fr.integrance.documents.StoredContent;
import fr.integrance.documents.StoredContents;
import fr.integrance.platform.FileInspection;
import fr.integrance.platform.FileInspection.InspectedFile;
import fr.integrance.platform.FileRejectedException;
import fr.integrance.platform.FileRejection;
import fr.integrance.requests.AttachmentId;
import fr.integrance.requests.Attachments;
import fr.integrance.requests.StoredAttachment;

/**
 * {@link Attachments} in the documents module's encrypted store: a file is checked
 * ({@link FileInspection}, the platform's one inspection), then encrypted under its own
 * key ({@link StoredContents}) and recorded as pending; submitting the request links it
 * to the case. Removing an attachment shreds its content.
 * <p>
 * Files uploaded before that store are plain files under
 * {@code ${app.data-dir}/uploads/}, named by the attachment id: they are still read from
 * there until {@link AttachmentUploadsMigration} has encrypted and moved them.
 */
@Service
class AttachmentStore implements Attachments {

	private final CaseAttachments rows;

	private final FileInspection inspector;

	private final StoredContents contents;

	private final Path legacyDirectory;

	private final long maxFileBytes;

	private final Clock clock;

	AttachmentStore(CaseAttachments rows, Clock clock, FileInspection inspector, StoredContents contents,
			@Value("${app.data-dir:./data}") Path dataDirectory) {
		this.rows = rows;
		this.clock = clock;
		this.contents = contents;
		this.legacyDirectory = dataDirectory.resolve("uploads");
		this.maxFileBytes = inspector.maxFileBytes();
		this.inspector = inspector;
	}

	@Override
	@Transactional
	public StoredAttachment store(@Nullable String originalName, byte[] content, int alreadyAttached)
			throws FileRejectedException {
		if (alreadyAttached >= MAX_FILES_PER_REQUEST) {
			throw new FileRejectedException(FileRejection.TOO_MANY_FILES);
		}
		InspectedFile file = inspector.inspect(originalName, content);
		StoredContent stored;
		try {
			stored = contents.write(new ByteArrayInputStream(file.content()));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot store an attachment", ex);
		}
		return rows
			.save(new CaseAttachment(UUID.randomUUID(), file.displayName(), file.mediaType(), stored.size(),
					stored.sha256(), clock.instant(), stored.id()))
			.stored();
	}

	@Override
	@Transactional
	public void discardPending(AttachmentId id) {
		rows.findById(id.value()).filter(row -> row.caseId() == null).ifPresent(row -> {
			rows.delete(row);
			deleteContent(row);
		});
	}

	/**
	 * Destroys an attachment's content (its row is the caller's): shreds the encrypted
	 * content (its key in the caller's transaction, its blob once that is committed), and
	 * deletes a file not yet moved from the upload directory once committed: a rollback
	 * leaves the content in place.
	 */
	void deleteContent(CaseAttachment row) {
		ContentId content = row.contentId();
		if (content != null) {
			contents.shred(content);
		}
		Path legacyFile = legacyPathOf(row.id());
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					deleteLegacyFile(legacyFile);
				}
			});
		}
		else {
			deleteLegacyFile(legacyFile);
		}
	}

	private static void deleteLegacyFile(Path file) {
		try {
			Files.deleteIfExists(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot delete an attachment's content", ex);
		}
	}

	/** The directory of the files uploaded before the encrypted store. */
	Path legacyDirectory() {
		return legacyDirectory;
	}

	@Override
	public long maxFileBytes() {
		return maxFileBytes;
	}

	/**
	 * Where a file uploaded before the encrypted store lives: the data directory and the
	 * generated id, nothing else.
	 */
	Path legacyPathOf(UUID id) {
		return legacyDirectory.resolve(id.toString());
	}

	/**
	 * Opens an attachment's content, decrypted as it is read (streamed); the caller
	 * closes it.
	 * @throws IllegalArgumentException when there is no such attachment
	 */
	InputStream openContent(UUID id) {
		CaseAttachment row = rows.findById(id).orElseThrow(() -> new IllegalArgumentException("No attachment " + id));
		return openContent(row);
	}

	/** Opens the content of an attachment row; the caller closes it. */
	InputStream openContent(CaseAttachment row) {
		ContentId content = row.contentId();
		if (content != null) {
			return contents.open(content);
		}
		try {
			return Files.newInputStream(legacyPathOf(row.id()));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read an attachment", ex);
		}
	}

	/** Reads an attachment's content back whole (at most the per-file limit). */
	byte[] contentOf(UUID id) {
		try (InputStream in = openContent(id)) {
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read an attachment", ex);
		}
	}

	/** The SHA-256 of a content, in hex, as the rows keep it. */
	static String sha256Hex(byte[] content) {
		try {
			return java.util.HexFormat.of()
				.formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (java.security.NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is always available", ex);
		}
	}

}
