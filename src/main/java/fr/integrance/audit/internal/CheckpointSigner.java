package fr.integrance.audit.internal;

import java.time.Clock;
import java.util.Optional;

import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Component;

import fr.integrance.audit.JournalCheckpoint;
import fr.integrance.audit.JournalCheckpoints;
import fr.integrance.platform.JournalSeal;

/**
 * Signs checkpoints of the journal's head with the journal's signature key and reads the
 * last one back, refusing one whose signature does not hold.
 */
@Component
@RequiredArgsConstructor
class CheckpointSigner {

	private final JournalSeal seal;

	private final JournalCheckpoints store;

	private final Clock clock;

	/** Signs and keeps a checkpoint of the entry at {@code sequence} with this link. */
	JournalCheckpoint write(long sequence, String link) {
		var at = clock.instant();
		JournalCheckpoint checkpoint = new JournalCheckpoint(sequence, link, at,
				seal.sign(JournalCheckpoint.signedBytes(sequence, link, at)));
		store.append(checkpoint);
		return checkpoint;
	}

	/**
	 * The last checkpoint kept, with a valid signature.
	 * @throws ForgedCheckpointException when the last record is unreadable or its
	 * signature does not hold
	 */
	Optional<JournalCheckpoint> latest() {
		Optional<JournalCheckpoint> latest;
		try {
			latest = store.latest();
		}
		catch (IllegalStateException ex) {
			throw new ForgedCheckpointException(1);
		}
		if (latest.isPresent() && !seal.signatureMatches(latest.get().signature(), latest.get().signedBytes())) {
			throw new ForgedCheckpointException(latest.get().sequence());
		}
		return latest;
	}

	/** The last checkpoint is not one this journal signed. */
	static final class ForgedCheckpointException extends RuntimeException {

		private static final long serialVersionUID = 1L;

		private final long sequence;

		ForgedCheckpointException(long sequence) {
			super("the last journal checkpoint does not carry a valid signature", null, false, false);
			this.sequence = sequence;
		}

		long sequence() {
			return sequence;
		}

	}

}
