package fr.integrance.documents.internal.storage;

import java.util.List;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Deletes the blobs of shredded contents whose deletion failed at shredding time (the
 * object storage unreachable, a file locked), on one node at a time (ShedLock). Their
 * keys are already destroyed: this only frees the space.
 * {@link ShreddedBlobPurgeSchedule} triggers it.
 */
@Component
class ShreddedBlobPurgeJob {

	static final String LOCK = "documents.shredded-blob-purge";

	private static final Logger log = LoggerFactory.getLogger(ShreddedBlobPurgeJob.class);

	private final EncryptedContents rows;

	private final TinkStoredContents contents;

	ShreddedBlobPurgeJob(EncryptedContents rows, TinkStoredContents contents) {
		this.rows = rows;
		this.contents = contents;
	}

	/**
	 * Retries the deletions still due.
	 * @return how many blobs it deleted
	 */
	@SchedulerLock(name = LOCK, lockAtMostFor = "PT30M")
	public int purge() {
		int deleted = 0;
		List<EncryptedContent> batch = rows.findTop100ByShreddedAtIsNotNullAndBlobDeletedAtIsNullOrderByShreddedAt();
		for (EncryptedContent row : batch) {
			if (contents.deleteBlob(row.id(), row.blobKey())) {
				deleted++;
			}
		}
		if (deleted > 0) {
			log.info("Shredded-blob purge: {} blob(s) deleted, {} still to retry", deleted, batch.size() - deleted);
		}
		return deleted;
	}

}
