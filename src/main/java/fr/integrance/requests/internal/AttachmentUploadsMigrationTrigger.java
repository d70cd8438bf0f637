package fr.integrance.requests.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import fr.integrance.platform.ConditionalOnScheduling;

/**
 * Runs {@link AttachmentUploadsMigration} once the application is ready (it serves
 * meanwhile: a file not yet moved is read from the upload directory). Absent in tests,
 * which call the migration themselves.
 */
@Component
@ConditionalOnScheduling
class AttachmentUploadsMigrationTrigger {

	private static final Logger log = LoggerFactory.getLogger(AttachmentUploadsMigrationTrigger.class);

	private final AttachmentUploadsMigration migration;

	AttachmentUploadsMigrationTrigger(AttachmentUploadsMigration migration) {
		this.migration = migration;
	}

	@EventListener(ApplicationReadyEvent.class)
	void migrate() {
		try {
			migration.migrate();
		}
		catch (RuntimeException ex) {
			// The next start tries again; files not moved stay readable where they are.
			log.error("The attachment uploads migration stopped; it resumes at the next start", ex);
		}
	}

}
