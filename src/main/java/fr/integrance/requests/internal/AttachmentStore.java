package fr.integrance.requests.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.integrance.platform.FileInspection;
import fr.integrance.platform.FileInspection.InspectedFile;
import fr.integrance.platform.FileRejectedException;
import fr.integrance.platform.FileRejection;
import fr.integrance.requests.AttachmentId;
import fr.integrance.requests.Attachments;
import fr.integrance.requests.StoredAttachment;

/**
 * {@link Attachments} on disk: a file is checked ({@link FileInspection}, the platform's
 * one inspection), then written under {@code ${app.data-dir}/uploads/} with its generated
 * id as its only name and recorded as pending; submitting the request links it to the
 * case. Contents are stored as sent, not yet encrypted: encryption at rest comes with the
 * documents module's store.
 */
@Service
class AttachmentStore implements Attachments {

	private final CaseAttachments rows;

	private final FileInspection inspector;

	private final Path directory;

	private final long maxFileBytes;

	private final Clock clock;

	AttachmentStore(CaseAttachments rows, Clock clock, FileInspection inspector,
			@Value("${app.data-dir:./data}") Path dataDirectory) {
		this.rows = rows;
		this.clock = clock;
		this.directory = dataDirectory.resolve("uploads");
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
		UUID id = UUID.randomUUID();
		Path target = pathOf(id);
		try {
			Files.createDirectories(directory);
			Files.write(target, file.content(), StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot store an attachment under " + directory, ex);
		}
		return rows
			.save(new CaseAttachment(id, file.displayName(), file.mediaType(), file.content().length,
					sha256(file.content()), clock.instant()))
			.stored();
	}

	@Override
	@Transactional
	public void discardPending(AttachmentId id) {
		rows.findById(id.value()).filter(row -> row.caseId() == null).ifPresent(row -> {
			rows.delete(row);
			deleteContent(row.id());
		});
	}

	/** Deletes an attachment's content from the disk (its row is the caller's). */
	void deleteContent(UUID id) {
		try {
			Files.deleteIfExists(pathOf(id));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot delete an attachment's content", ex);
		}
	}

	/** The directory of the contents. */
	Path directory() {
		return directory;
	}

	@Override
	public long maxFileBytes() {
		return maxFileBytes;
	}

	/**
	 * Where an attachment's content lives: the data directory and the generated id,
	 * nothing else.
	 */
	Path pathOf(UUID id) {
		return directory.resolve(id.toString());
	}

	/** Reads an attachment's content back (for the back office, and for tests). */
	byte[] contentOf(UUID id) {
		try {
			return Files.readAllBytes(pathOf(id));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read an attachment", ex);
		}
	}

	static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is always available", ex);
		}
	}

}
