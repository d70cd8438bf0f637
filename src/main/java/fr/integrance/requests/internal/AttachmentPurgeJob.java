package fr.integrance.requests.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Removes the files that no case will ever use, from the database and from the store, on
 * one node at a time (ShedLock): attachments still pending (kept by a multi-step form,
 * never submitted) after {@code app.requests.attachments.pending-retention} (24 h by
 * default: a session lives 12 h at most, so no form can still submit them), their
 * contents shredded, and files of the former upload directory that no row names (a crash
 * between the write and the commit, before the encrypted store), once as old.
 * {@link AttachmentPurgeSchedule} triggers it.
 */
@Component
class AttachmentPurgeJob {

	static final String LOCK = "requests.attachment-purge";

	private static final Logger log = LoggerFactory.getLogger(AttachmentPurgeJob.class);

	private final CaseAttachments rows;

	private final AttachmentStore store;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final Duration pendingRetention;

	AttachmentPurgeJob(CaseAttachments rows, AttachmentStore store, TransactionTemplate transactions, Clock clock,
			@Value("${app.requests.attachments.pending-retention:PT24H}") Duration pendingRetention) {
		this.rows = rows;
		this.store = store;
		this.transactions = transactions;
		this.clock = clock;
		this.pendingRetention = pendingRetention;
	}

	/** What one run removed. */
	record Purged(int pendingRows, int orphanFiles) {
	}

	@SchedulerLock(name = LOCK, lockAtMostFor = "PT30M")
	public Purged purge() {
		Instant cutoff = clock.instant().minus(pendingRetention);
		int pending = 0;
		List<CaseAttachment> batch;
		do {
			batch = rows.findTop500ByCaseIdIsNullAndUploadedAtBeforeOrderByUploadedAt(cutoff);
			for (CaseAttachment row : batch) {
				transactions.executeWithoutResult(status -> rows.findById(row.id())
					.filter(current -> current.caseId() == null)
					.ifPresent(current -> {
						rows.delete(current);
						store.deleteContent(current);
					}));
				pending++;
			}
		}
		while (batch.size() == 500);
		int orphans = purgeUnnamedFiles(cutoff);
		if (pending > 0 || orphans > 0) {
			log.info("Attachment purge: {} abandoned pending attachment(s), {} file(s) without a row", pending,
					orphans);
		}
		return new Purged(pending, orphans);
	}

	private int purgeUnnamedFiles(Instant cutoff) {
		Path directory = store.legacyDirectory();
		if (!Files.isDirectory(directory)) {
			return 0;
		}
		int removed = 0;
		try (DirectoryStream<Path> files = Files.newDirectoryStream(directory)) {
			for (Path file : files) {
				UUID id = idOf(file);
				if (id != null && Files.isRegularFile(file)
						&& Files.getLastModifiedTime(file).toInstant().isBefore(cutoff) && !rows.existsById(id)) {
					Files.deleteIfExists(file);
					removed++;
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot purge the upload directory", ex);
		}
		return removed;
	}

	private static @org.jspecify.annotations.Nullable UUID idOf(Path file) {
		try {
			return UUID.fromString(file.getFileName().toString());
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}
