package fr.integrance.platform.web.submission;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * Forgets the keys older than {@code app.submission-keys.retention} (24 hours), answered
 * or not: a post sent again after that is a new one. On one node at a time.
 */
@Component
class SubmissionKeyPurge {

	static final String LOCK = "platform.submission-keys";

	private static final Logger log = LoggerFactory.getLogger(SubmissionKeyPurge.class);

	private final SubmissionKeyStore store;

	private final SubmissionKeyProperties properties;

	SubmissionKeyPurge(SubmissionKeyStore store, SubmissionKeyProperties properties) {
		this.store = store;
		this.properties = properties;
	}

	@SchedulerLock(name = LOCK, lockAtMostFor = "PT10M")
	public void run() {
		int purged = store.purgeCreatedBefore(store.now().minus(properties.retention()));
		log.debug("Submission keys: {} older than {} purged", purged, properties.retention());
	}

}
