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
import org.springframework.util.unit.DataSize;

import fr.integrance.requests.AttachmentId;
import fr.integrance.requests.Attachments;
import fr.integrance.requests.FileRejectedException;
import fr.integrance.requests.FileRejection;
import fr.integrance.requests.StoredAttachment;
import fr.integrance.requests.internal.FileInspector.InspectedFile;

/**
 * {@link Attachments} on disk: a file is checked ({@link FileInspector}), then written
 * under {@code ${app.data-dir}/uploads/} with its generated id as its only name and
 * recorded as pending; submitting the request links it to the case. Contents are stored
 * as sent, not yet encrypted: encryption at rest comes with the documents module's store.
 */
@Service
class AttachmentStore implements Attachments {

	private final CaseAttachments rows;

	private final FileInspector inspector;

	private final Path directory;

	private final long maxFileBytes;

	private final Clock clock;

	AttachmentStore(CaseAttachments rows, Clock clock, @Value("${app.data-dir:./data}") Path dataDirectory,
			@Value("${spring.servlet.multipart.max-file-size:5MB}") DataSize maxFileSize) {
		this.rows = rows;
		this.clock = clock;
		this.directory = dataDirectory.resolve("uploads");
		this.maxFileBytes = maxFileSize.toBytes();
		this.inspector = new FileInspector(maxFileBytes);
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
			try {
				Files.deleteIfExists(pathOf(row.id()));
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Cannot delete a pending attachment", ex);
			}
		});
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
