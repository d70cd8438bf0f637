package fr.integrance.requests.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.UUID;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import fr.integrance.documents.StoredContent;
import fr.integrance.documents.StoredContents;

/**
 * Moves the attachments uploaded before the encrypted store: each file of
 * {@code ${app.data-dir}/uploads} that an attachment row names is encrypted into the
 * documents store (streamed), linked to its row, and only then deleted. One file at a
 * time, each in its own transaction, on one node at a time (ShedLock): a run stopped
 * halfway resumes where it was, and a second run does nothing. A file whose digest is not
 * the row's (changed on disk) is left in place and logged, as are files no row names
 * (left to {@link AttachmentPurgeJob}). {@link AttachmentUploadsMigrationTrigger} runs it
 * once the application is ready.
 */
@Component
class AttachmentUploadsMigration {

	static final String LOCK = "requests.attachment-uploads-migration";

	private static final Logger log = LoggerFactory.getLogger(AttachmentUploadsMigration.class);

	private final CaseAttachments rows;

	private final AttachmentStore attachments;

	private final StoredContents contents;

	private final TransactionTemplate transactions;

	AttachmentUploadsMigration(CaseAttachments rows, AttachmentStore attachments, StoredContents contents,
			TransactionTemplate transactions) {
		this.rows = rows;
		this.attachments = attachments;
		this.contents = contents;
		this.transactions = transactions;
	}

	/** What one run did. */
	record Moved(int moved, int alreadyMoved, int skipped) {
	}

	/** Moves every file of the former upload directory. */
	@SchedulerLock(name = LOCK, lockAtMostFor = "PT2H")
	public Moved migrate() {
		Path directory = attachments.legacyDirectory();
		if (!Files.isDirectory(directory)) {
			return new Moved(0, 0, 0);
		}
		int moved = 0;
		int alreadyMoved = 0;
		int skipped = 0;
		try (DirectoryStream<Path> files = Files.newDirectoryStream(directory)) {
			for (Path file : files) {
				switch (migrate(file)) {
					case MOVED -> moved++;
					case ALREADY_MOVED -> alreadyMoved++;
					case SKIPPED -> skipped++;
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot list the former upload directory " + directory, ex);
		}
		if (moved > 0 || alreadyMoved > 0 || skipped > 0) {
			log.info("Attachment uploads migration: {} file(s) encrypted into the documents store, {} already moved"
					+ " (original deleted), {} left in place", moved, alreadyMoved, skipped);
		}
		return new Moved(moved, alreadyMoved, skipped);
	}

	private enum Outcome {

		MOVED, ALREADY_MOVED, SKIPPED

	}

	private Outcome migrate(Path file) throws IOException {
		UUID id = idOf(file);
		Optional<CaseAttachment> found = id == null ? Optional.empty() : rows.findById(id);
		if (found.isEmpty() || !Files.isRegularFile(file)) {
			return Outcome.SKIPPED;
		}
		CaseAttachment row = found.get();
		if (row.contentId() != null) {
			// Linked by an earlier run that stopped before deleting the original.
			Files.deleteIfExists(file);
			return Outcome.ALREADY_MOVED;
		}
		StoredContent stored;
		try (InputStream in = Files.newInputStream(file)) {
			stored = contents.write(in);
		}
		if (!stored.sha256().equals(row.sha256()) || stored.size() != row.sizeBytes()) {
			contents.shred(stored.id());
			log.error("Attachment {}: the file under the upload directory is not the one uploaded (its digest"
					+ " differs); left in place, not moved", id);
			return Outcome.SKIPPED;
		}
		boolean linked = Boolean.TRUE.equals(transactions
			.execute(status -> rows.findById(row.id()).filter(current -> current.contentId() == null).map(current -> {
				current.movedTo(stored.id());
				return true;
			}).orElse(false)));
		if (!linked) {
			// Deleted or moved meanwhile: the new content is not needed.
			contents.shred(stored.id());
			return Outcome.SKIPPED;
		}
		Files.deleteIfExists(file);
		return Outcome.MOVED;
	}

	private static @Nullable UUID idOf(Path file) {
		try {
			return UUID.fromString(file.getFileName().toString());
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}
