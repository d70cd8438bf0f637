package fr.integrance.retention.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import java.util.Optional;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.stereotype.Component;

import fr.integrance.audit.AuditJournalRetention;
import fr.integrance.audit.JournalSegment;
import fr.integrance.platform.FrenchDates;
import fr.integrance.privacy.ProcessingRegister;

/**
 * The audit journal's retention as the register declares it ({@value #RULE}): the entries
 * recorded before the start of today (French time) minus the rule's duration are purged
 * by the audit module, which keeps the chain verifiable with a signed segment. On one
 * node at a time (ShedLock {@value #LOCK}); run nightly by
 * {@link RetentionSweepSchedule}.
 */
@Component
class AuditJournalRetentionJob {

	static final String RULE = "audit-journal-6y";

	static final String LOCK = "retention.audit-journal";

	private final AuditJournalRetention retention;

	private final ProcessingRegister register;

	private final Clock clock;

	AuditJournalRetentionJob(AuditJournalRetention retention, ProcessingRegister register, Clock clock) {
		this.retention = retention;
		this.register = register;
		this.clock = clock;
	}

	@SchedulerLock(name = LOCK, lockAtMostFor = "PT2H")
	public Optional<JournalSegment> purge() {
		return retention.purgeRecordedBefore(cutoff());
	}

	/** The first instant whose entries are still kept. */
	Instant cutoff() {
		Period kept = register.current()
			.retentionRule(RULE)
			.map(rule -> Period.parse(rule.duration()))
			.orElseThrow(() -> new IllegalStateException("The register declares no rule " + RULE));
		return FrenchDates.today(clock).minus(kept).atStartOfDay(FrenchDates.FRANCE).toInstant();
	}

}
