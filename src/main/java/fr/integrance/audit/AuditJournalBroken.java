package fr.integrance.audit;

import java.util.Objects;

/**
 * Published when a verification finds the journal broken, once per distinct break (the
 * same break seen again by the next runs is not published again).
 *
 * @param check the verification that found it
 */
public record AuditJournalBroken(JournalCheck check) {

	public AuditJournalBroken {
		Objects.requireNonNull(check, "check");
		if (check.ok()) {
			throw new IllegalArgumentException("an intact journal is not broken");
		}
	}

}
