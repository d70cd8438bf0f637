package fr.integrance.requests;

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

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;

import fr.integrance.requests.FileInspector.InspectedFile;

/**
 * Files sent with a request. A file is checked ({@link FileInspector}), then written
 * under {@code ${app.data-dir}/uploads/} with its generated id as its only name and
 * recorded as pending; submitting the request links it to the case. Contents are stored
 * as sent, not yet encrypted: encryption at rest comes with the documents module's store.
 */
@Service
public class Attachments {

	/** How many files one request may carry. */
	public static final int MAX_FILES_PER_REQUEST = 3;

	private final CaseAttachments rows;

	private final FileInspector inspector;

	private final Path directory;

	private final long maxFileBytes;

	private final Clock clock;

	Attachments(CaseAttachments rows, Clock clock, @Value("${app.data-dir:./data}") Path dataDirectory,
			@Value("${spring.servlet.multipart.max-file-size:5MB}") DataSize maxFileSize) {
		this.rows = rows;
		this.clock = clock;
		this.directory = dataDirectory.resolve("uploads");
		this.maxFileBytes = maxFileSize.toBytes();
		this.inspector = new FileInspector(maxFileBytes);
	}

	/**
	 * Checks and stores one file as a pending attachment.
	 * @param originalName the name the browser sent, only kept for display
	 * @param alreadyAttached how many files the request already carries
	 * @throws FileRejectedException when the file is refused, with the reason
	 */
	@Transactional
	public StoredAttachment store(String originalName, byte[] content, int alreadyAttached)
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
		rows.save(new CaseAttachment(id, file.displayName(), file.mediaType(), file.content().length,
				sha256(file.content()), clock.instant()));
		return new StoredAttachment(id, file.displayName(), file.mediaType(), file.content().length);
	}

	/**
	 * Removes a pending attachment the sender took back; one already linked to a case
	 * stays.
	 */
	@Transactional
	public void discardPending(UUID id) {
		rows.findById(id).filter(row -> row.caseId() == null).ifPresent(row -> {
			rows.delete(row);
			try {
				Files.deleteIfExists(pathOf(id));
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Cannot delete a pending attachment", ex);
			}
		});
	}

	/**
	 * The per-file limit in bytes (the multipart limit), for the forms to announce it.
	 */
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
