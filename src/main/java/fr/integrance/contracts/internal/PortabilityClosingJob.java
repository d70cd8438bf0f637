package fr.integrance.contracts.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import lombok.RequiredArgsConstructor;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import fr.integrance.contracts.AffiliationId;
import fr.integrance.contracts.Affiliations;
import fr.integrance.contracts.PortabilityClosing;
import fr.integrance.platform.FrenchDates;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * Closes the affiliations whose cover has ended: a portability past its last day
 * (PORTABILITY → CLOSED), a termination without portability past the last day of
 * employment (TERMINATED → CLOSED), through {@link Affiliations#close}, which publishes
 * {@code AffiliationEnded}; the dependants' cover ends on the same last day. Each
 * affiliation in a transaction of its own: one that fails (a row another transaction
 * holds, a row that cannot be read) is left for the next run, the others go on. On one
 * node at a time.
 */
@Component
@RequiredArgsConstructor
class PortabilityClosingJob implements PortabilityClosing {

	static final String LOCK = "contracts.portability-closing";

	private static final Logger log = LoggerFactory.getLogger(PortabilityClosingJob.class);

	private final AffiliationRepository repository;

	private final Affiliations affiliations;

	private final TransactionTemplate transactions;

	private final Clock clock;

	@SchedulerLock(name = LOCK, lockAtMostFor = "PT30M")
	public void run() {
		closeEnded();
	}

	/** Closes what has ended before today; returns how many were closed. */
	@Override
	public int closeEnded() {
		LocalDate today = FrenchDates.today(clock);
		List<UUID> ended = repository.findCoverEndedBefore(today);
		int closed = 0;
		for (UUID id : ended) {
			try {
				transactions.executeWithoutResult(status -> close(id));
				closed++;
			}
			catch (RuntimeException skipped) {
				log.warn("Portability closing: affiliation {} skipped this run ({})", id,
						skipped.getClass().getSimpleName());
			}
		}
		if (closed > 0) {
			log.info("Portability closing: {} affiliation(s) closed", closed);
		}
		return closed;
	}

	private void close(UUID id) {
		AffiliationEntity entity = repository.findById(id).orElseThrow();
		LocalDate lastDay = entity.lastDayOfCover();
		if (lastDay != null) {
			entity.endDependantsCover(lastDay);
		}
		affiliations.close(new AffiliationId(id));
	}

}
