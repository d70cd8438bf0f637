package fr.integrance.platform.events;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.CompletedEventPublications;
import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.stereotype.Component;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * Completes what a stop interrupted. Every {@code @ApplicationModuleListener} delivery is
 * a row of the JDBC event publication registry, written in the publishing transaction and
 * completed when the listener has run; a node that stops (or a listener that fails)
 * leaves it incomplete. This job, on one node at a time, resubmits through Spring
 * Modulith's {@link IncompleteEventPublications} every incomplete publication that is
 * due: older than {@code app.events.resubmit-after} (5 minutes, so that a delivery still
 * running on another node is left alone), then after twice that wait at each new attempt
 * (at most a day apart). Listeners are written to run twice harmlessly. It also deletes
 * the completed publications older than {@code app.events.completed-retention} (30 days).
 * <p>
 * Chosen over {@code spring.modulith.events.republish-outstanding-events-on-restart},
 * which resubmits every incomplete publication on each start of each node: with several
 * nodes, one that starts would run again the deliveries another node is running, and a
 * delivery that failed would wait for the next restart.
 */
@Component
class EventPublicationUpkeep {

	static final String LOCK = "platform.event-publications";

	private static final Duration LONGEST_WAIT = Duration.ofDays(1);

	private static final Logger log = LoggerFactory.getLogger(EventPublicationUpkeep.class);

	private final IncompleteEventPublications incomplete;

	private final CompletedEventPublications completed;

	private final Clock clock;

	private final Duration resubmitAfter;

	private final Duration completedRetention;

	EventPublicationUpkeep(IncompleteEventPublications incomplete, CompletedEventPublications completed, Clock clock,
			@Value("${app.events.resubmit-after:PT5M}") Duration resubmitAfter,
			@Value("${app.events.completed-retention:P30D}") Duration completedRetention) {
		this.incomplete = incomplete;
		this.completed = completed;
		this.clock = clock;
		this.resubmitAfter = resubmitAfter;
		this.completedRetention = completedRetention;
	}

	@SchedulerLock(name = LOCK, lockAtMostFor = "PT10M")
	public void run() {
		Instant now = clock.instant();
		incomplete.resubmitIncompletePublications(publication -> isDue(publication, now));
		completed.deletePublicationsOlderThan(completedRetention);
		log.debug("Event publications: incomplete ones due resubmitted, completed ones older than {} deleted",
				completedRetention);
	}

	/**
	 * Due once it has waited {@code resubmit-after} since it was published, then twice as
	 * long since each resubmission.
	 */
	boolean isDue(EventPublication publication, Instant now) {
		Instant last = publication.getLastResubmissionDate() != null ? publication.getLastResubmissionDate()
				: publication.getPublicationDate();
		Duration wait = resubmitAfter;
		for (int attempt = 0; attempt < publication.getCompletionAttempts()
				&& wait.compareTo(LONGEST_WAIT) < 0; attempt++) {
			wait = wait.multipliedBy(2);
		}
		if (wait.compareTo(LONGEST_WAIT) > 0) {
			wait = LONGEST_WAIT;
		}
		return !last.plus(wait).isAfter(now);
	}

}
