package fr.integrance.audit.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import fr.integrance.audit.AuditAction;
import fr.integrance.audit.AuditActor;
import fr.integrance.audit.AuditEvent;
import fr.integrance.audit.AuditJournal;
import fr.integrance.audit.AuditJournalRetention;
import fr.integrance.audit.JournalSegment;
import fr.integrance.audit.VerificationReport;

/**
 * {@link AuditJournalRetention}: verify, record the signed segment, then delete what it
 * covers by chunks of {@value #CHUNK} entries, each chunk its own short transaction (the
 * database's guard lets an entry go only once a segment covers it). A crash after the
 * segment leaves covered entries behind, which the verifier ignores and the next purge
 * deletes.
 */
@Service
class JournalPurge implements AuditJournalRetention {

	static final AuditAction PURGED = AuditAction.of("audit.journal.purged");

	static final int CHUNK = 10_000;

	private static final Logger log = LoggerFactory.getLogger(JournalPurge.class);

	private final JournalVerifier verifier;

	private final JournalStore store;

	private final JournalSegments segments;

	private final AuditJournal journal;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final Clock clock;

	JournalPurge(JournalVerifier verifier, JournalStore store, JournalSegments segments, AuditJournal journal,
			JdbcClient jdbc, PlatformTransactionManager transactions, Clock clock) {
		this.verifier = verifier;
		this.store = store;
		this.segments = segments;
		this.journal = journal;
		this.jdbc = jdbc;
		this.transactions = new TransactionTemplate(transactions);
		this.clock = clock;
	}

	@Override
	public Optional<JournalSegment> purgeRecordedBefore(Instant before) {
		// Both databases store microseconds: the segment is signed over what is read
		// back.
		Instant cutoff = before.truncatedTo(ChronoUnit.MICROS);
		VerificationReport report = verifier.verify();
		if (!report.ok()) {
			throw new IllegalStateException("The audit journal does not verify (" + report.reason() + " at "
					+ report.firstBrokenSequence() + "): it is evidence, nothing purged");
		}
		long head = store.head().lastSequence();
		long current = segments.latest().map(JournalSegments.Stored::lastPurgedSequence).orElse(0L);
		Long last = jdbc.sql("SELECT MAX(sequence) FROM audit_entry WHERE recorded_at < ? AND sequence < ?")
			.params(OffsetDateTime.ofInstant(cutoff, ZoneOffset.UTC), head)
			.query(Long.class)
			.optional()
			.orElse(null);
		if (last == null || last <= current) {
			deleteCovered(current);
			return Optional.empty();
		}
		List<AuditEntry> entry = store.page(last - 1, last, 1);
		if (entry.isEmpty()) {
			return Optional.empty();
		}
		Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
		JournalSegments.Stored segment = Objects.requireNonNull(
				transactions.execute(status -> segments.record(entry.get(0), now, cutoff)), "the recorded segment");
		journal.recordIndependently(AuditEvent.success(AuditActor.system("audit-retention"), PURGED)
			.withObject("audit-segment:" + segment.lastPurgedSequence()));
		long deleted = deleteCovered(segment.lastPurgedSequence());
		log.info("Audit journal: entries up to {} purged ({} deleted now), recorded before {}",
				segment.lastPurgedSequence(), deleted, cutoff);
		return Optional.of(segment.view());
	}

	@Override
	public Optional<JournalSegment> segment() {
		return segments.latest().map(JournalSegments.Stored::view);
	}

	/** Deletes the entries up to {@code last} still there, a chunk per transaction. */
	private long deleteCovered(long last) {
		long deleted = 0;
		while (true) {
			Long first = jdbc.sql("SELECT MIN(sequence) FROM audit_entry").query(Long.class).optional().orElse(null);
			if (first == null || first > last) {
				return deleted;
			}
			long upTo = Math.min(last, first + CHUNK - 1);
			Integer chunk = transactions
				.execute(status -> jdbc.sql("DELETE FROM audit_entry WHERE sequence >= ? AND sequence <= ?")
					.params(first, upTo)
					.update());
			deleted += chunk == null ? 0 : chunk;
		}
	}

}
