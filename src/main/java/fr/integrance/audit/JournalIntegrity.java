package fr.integrance.audit;

import java.util.Optional;

/**
 * The journal's watch: verifications at start-up, on a schedule and on demand, the last
 * result, and the alarm. A break is logged as an ERROR, counted in the metrics
 * ({@code audit.journal.broken} = 1), and published once as {@link AuditJournalBroken}
 * for whoever alerts the DPO; the journal keeps recording meanwhile.
 */
public interface JournalIntegrity {

	/** Verifies the whole journal now, against the last signed checkpoint. */
	JournalCheck verifyNow();

	/** The last verification this node ran or heard of, if any since it started. */
	Optional<JournalCheck> lastCheck();

}
