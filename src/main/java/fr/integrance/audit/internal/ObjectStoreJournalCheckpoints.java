package fr.integrance.audit.internal;

import java.util.Optional;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

import fr.integrance.audit.JournalCheckpoint;
import fr.integrance.audit.JournalCheckpoints;

/**
 * The production adapter of {@link JournalCheckpoints} to come: checkpoints written to an
 * object store with a retention lock, by an identity that cannot delete them. A stub for
 * now: choosing it ({@code app.audit.checkpoints.store=object-store}) stops the
 * application at start-up with that message, rather than running without checkpoints.
 */
@Component
@ConditionalOnProperty(name = "app.audit.checkpoints.store", havingValue = "object-store")
class ObjectStoreJournalCheckpoints implements JournalCheckpoints {

	ObjectStoreJournalCheckpoints() {
		throw new IllegalStateException("app.audit.checkpoints.store=object-store is not implemented yet: "
				+ "use \"file\" (the default) or provide a JournalCheckpoints bean with \"custom\"");
	}

	@Override
	public void append(JournalCheckpoint checkpoint) {
		throw new UnsupportedOperationException();
	}

	@Override
	public Optional<JournalCheckpoint> latest() {
		throw new UnsupportedOperationException();
	}

}
