package fr.integrance.retention.internal;

import fr.integrance.audit.AuditAction;

/** The audit journal's actions of the retention module. */
final class SweepJournal {

	/** One data subject's data ended by the sweep (subject, and the rule as object). */
	static final AuditAction SWEPT = AuditAction.of("retention.swept");

	static final AuditAction HOLD_PLACED = AuditAction.of("retention.hold.placed");

	static final AuditAction HOLD_LIFTED = AuditAction.of("retention.hold.lifted");

	/** The system actor of the sweep. */
	static final String ACTOR = "retention-sweep";

	private SweepJournal() {
	}

}
