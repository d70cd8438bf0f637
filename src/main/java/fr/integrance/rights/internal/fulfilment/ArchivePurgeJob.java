package fr.integrance.rights.internal.fulfilment;

import java.time.Clock;
import java.util.List;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import fr.integrance.audit.AuditActor;
import fr.integrance.audit.AuditEvent;
import fr.integrance.audit.AuditJournal;

/**
 * Crypto-shreds the archives of access and portability answers once their link has
 * expired, on one node at a time (ShedLock): the content's key is destroyed, then its
 * blob; the row keeps the dates and the number of downloads, as the proof of the answer.
 * Each purge is journaled. {@link ArchivePurgeSchedule} triggers it.
 */
@Component
class ArchivePurgeJob {

	static final String LOCK = "rights.archive-purge";

	static final String ACTOR = "rights-archive-purge";

	private static final Logger log = LoggerFactory.getLogger(ArchivePurgeJob.class);

	private final ArchiveRepository archives;

	private final Archives store;

	private final AuditJournal journal;

	private final Clock clock;

	ArchivePurgeJob(ArchiveRepository archives, Archives store, AuditJournal journal, Clock clock) {
		this.archives = archives;
		this.store = store;
		this.journal = journal;
		this.clock = clock;
	}

	/**
	 * Shreds the expired archives still stored.
	 * @return how many it shredded, or null when another node holds the lock
	 */
	@SchedulerLock(name = LOCK, lockAtMostFor = "PT30M")
	@Transactional
	public @Nullable Integer purge() {
		List<ArchiveEntity> due = archives
			.findTop100ByPurgedAtIsNullAndExpiresAtLessThanEqualOrderByExpiresAt(clock.instant());
		for (ArchiveEntity archive : due) {
			store.shred(archive);
			journal.record(AuditEvent.success(AuditActor.system(ACTOR), JournalActions.ARCHIVE_PURGED)
				.withObject("rights-archive:" + archive.id()));
		}
		if (!due.isEmpty()) {
			log.info("Rights archive purge: {} expired archive(s) shredded", due.size());
		}
		return due.size();
	}

}
