package fr.integrance.audit;

import java.time.Instant;
import java.util.Objects;

/**
 * One verification of the journal: when, why, and what it found.
 *
 * @param at when it ended
 * @param trigger what started it
 * @param report what it found
 */
public record JournalCheck(Instant at, Trigger trigger, VerificationReport report) {

	/** What started a verification. */
	public enum Trigger {

		/** The application started (run in the background once it is ready). */
		START_UP,
		/** The periodic full verification. */
		SCHEDULED,
		/** The periodic checkpoint, which verifies the entries since the last one. */
		CHECKPOINT,
		/** Someone asked for it (the DPO's button). */
		ON_DEMAND

	}

	public JournalCheck {
		Objects.requireNonNull(at, "at");
		Objects.requireNonNull(trigger, "trigger");
		Objects.requireNonNull(report, "report");
	}

	public boolean ok() {
		return report.ok();
	}

}
