package fr.integrance.audit.internal;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

import org.jspecify.annotations.Nullable;

import fr.integrance.audit.AuditJournalBroken;
import fr.integrance.audit.JournalCheck;
import fr.integrance.audit.JournalCheck.Trigger;
import fr.integrance.audit.JournalCheckpoint;
import fr.integrance.audit.JournalIntegrity;
import fr.integrance.audit.VerificationReport;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Runs the verifications, keeps the last result, writes checkpoints of a verified head,
 * and raises the alarm on a break: an ERROR log line, the gauges
 * {@code audit.journal.broken} (1 while broken) and
 * {@code audit.journal.first.broken.sequence}, and one {@link AuditJournalBroken} event
 * per distinct break. The journal keeps recording: a break is evidence to keep, not a
 * reason to stop the service.
 * <p>
 * A break stays reported until a full verification finds the journal intact (a checkpoint
 * run only looks at the entries since the last checkpoint, so it cannot clear it), and no
 * checkpoint is written meanwhile: a checkpoint must never vouch for a tampered chain.
 */
@Service
class JournalMonitor implements JournalIntegrity {

	private static final Logger log = LoggerFactory.getLogger(JournalMonitor.class);

	private final JournalVerifier verifier;

	private final JournalStore store;

	private final CheckpointSigner checkpoints;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final AtomicReference<@Nullable JournalCheck> last = new AtomicReference<>();

	private final AtomicReference<@Nullable VerificationReport> alerted = new AtomicReference<>();

	private final AtomicLong broken = new AtomicLong();

	private final AtomicLong firstBrokenSequence = new AtomicLong();

	private final Counter intactRuns;

	private final Counter brokenRuns;

	JournalMonitor(JournalVerifier verifier, JournalStore store, CheckpointSigner checkpoints,
			ApplicationEventPublisher events, Clock clock, MeterRegistry meters) {
		this.verifier = verifier;
		this.store = store;
		this.checkpoints = checkpoints;
		this.events = events;
		this.clock = clock;
		Gauge.builder("audit.journal.broken", broken, AtomicLong::get)
			.description("1 while the last verification found the audit journal broken")
			.register(meters);
		Gauge.builder("audit.journal.first.broken.sequence", firstBrokenSequence, AtomicLong::get)
			.description("The first broken entry of the audit journal, 0 when intact")
			.register(meters);
		this.intactRuns = Counter.builder("audit.journal.verifications").tag("result", "intact").register(meters);
		this.brokenRuns = Counter.builder("audit.journal.verifications").tag("result", "broken").register(meters);
	}

	@Override
	public JournalCheck verifyNow() {
		return verify(Trigger.ON_DEMAND);
	}

	@Override
	public Optional<JournalCheck> lastCheck() {
		return Optional.ofNullable(last.get());
	}

	/** Verifies the whole journal; if intact, writes a checkpoint of what it verified. */
	JournalCheck verify(Trigger trigger) {
		return record(trigger, verifier.verify(), true);
	}

	/**
	 * Verifies the entries since the last checkpoint and, if intact and no break is
	 * known, writes a checkpoint of the new head.
	 */
	JournalCheck checkpoint() {
		VerificationReport report = verifier.verifySinceLastCheckpoint();
		JournalCheck previous = last.get();
		if (report.ok() && previous != null && !previous.ok()) {
			// The older break stands until a full verification says otherwise.
			return previous;
		}
		return record(Trigger.CHECKPOINT, report, report.ok());
	}

	private JournalCheck record(Trigger trigger, VerificationReport report, boolean full) {
		JournalCheck check = new JournalCheck(clock.instant(), trigger, report);
		if (report.ok()) {
			intactRuns.increment();
			if (full) {
				broken.set(0);
				firstBrokenSequence.set(0);
				alerted.set(null);
				writeCheckpoint(report.entriesChecked());
			}
			last.set(check);
			return check;
		}
		last.set(check);
		brokenRuns.increment();
		broken.set(1);
		firstBrokenSequence.set(report.firstBrokenSequence());
		log.error("AUDIT JOURNAL BROKEN ({}): first bad entry {} ({}); {} entries intact before it", trigger,
				report.firstBrokenSequence(), report.reason(), report.entriesChecked());
		if (!report.equals(alerted.getAndSet(report))) {
			try {
				events.publishEvent(new AuditJournalBroken(check));
			}
			catch (RuntimeException ex) {
				log.error("Could not raise the alert of the broken audit journal: {}", ex.toString());
				alerted.set(null);
			}
		}
		return check;
	}

	/**
	 * A checkpoint of the entry at {@code sequence} unless the last one is already there.
	 */
	private void writeCheckpoint(long sequence) {
		if (sequence < 1) {
			return;
		}
		Optional<JournalCheckpoint> latest = checkpoints.latest();
		if (latest.isPresent() && latest.get().sequence() >= sequence) {
			return;
		}
		List<AuditEntry> entry = store.page(sequence - 1, sequence, 1);
		if (!entry.isEmpty()) {
			JournalCheckpoint written = checkpoints.write(sequence, entry.get(0).entryHash());
			log.debug("Audit journal checkpoint written at entry {}", written.sequence());
		}
	}

}
