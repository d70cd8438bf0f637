package fr.integrance.privacy;

/**
 * What became of one record on an erasure request (GDPR Art. 17): erased, anonymised, or
 * kept with the reason (a legal obligation, legal claims) and, when known, until when.
 *
 * @param module the module that holds the record
 * @param record a technical reference of the record (table and id), never its content
 * @param result erased, anonymised or kept
 * @param reason why it was kept (required then), e.g. "obligation légale : contrat + 6
 * ans"
 * @param keptUntil when a kept record becomes erasable, if known
 */
public record ErasureOutcome(String module, String record, Result result, String reason,
		java.time.LocalDate keptUntil) {

	public enum Result {

		ERASED, ANONYMISED, KEPT

	}

	public ErasureOutcome {
		if (result == Result.KEPT && (reason == null || reason.isBlank())) {
			throw new IllegalArgumentException("A kept record needs the reason it is kept");
		}
	}

	public static ErasureOutcome erased(String module, String record) {
		return new ErasureOutcome(module, record, Result.ERASED, null, null);
	}

	public static ErasureOutcome anonymised(String module, String record) {
		return new ErasureOutcome(module, record, Result.ANONYMISED, null, null);
	}

	public static ErasureOutcome kept(String module, String record, String reason, java.time.LocalDate keptUntil) {
		return new ErasureOutcome(module, record, Result.KEPT, reason, keptUntil);
	}
}
