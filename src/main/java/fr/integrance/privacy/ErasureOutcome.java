package fr.integrance.privacy;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * What became of one record on an erasure request (GDPR Art. 17): erased, anonymised,
 * left to the module's own purge, or kept under a retention rule of the register and,
 * when known, until when.
 * <p>
 * A kept record names its rule by id ({@code member-contract-6y}, from
 * {@code register/retention.yml}), never by a sentence: {@link #messageKey()} is how the
 * answer to the person says it, in French or in English.
 *
 * @param module the module that holds the record
 * @param record a technical reference of the record (table and id), never its content
 * @param result erased, anonymised, deferred or kept
 * @param rule the id of the register's retention rule under which a kept record is kept
 * (required then, null otherwise)
 * @param keptUntil when a kept record becomes erasable, if known
 */
public record ErasureOutcome(String module, String record, Result result, @Nullable String rule,
		@Nullable LocalDate keptUntil) {

	/** The prefix of the message keys, in the privacy bundles. */
	public static final String MESSAGE_PREFIX = "privacy.erasure.";

	public enum Result {

		ERASED, ANONYMISED,
		/**
		 * Not erased now, erased later without a further request by the module's own
		 * purge: a mail still on its way, which the outbox empties and deletes once sent.
		 */
		DEFERRED,
		/** Kept under a retention rule of the register (a legal obligation, claims). */
		KEPT

	}

	public ErasureOutcome {
		if (result == Result.KEPT && (rule == null || rule.isBlank())) {
			throw new IllegalArgumentException("A kept record needs the retention rule it is kept under");
		}
	}

	public static ErasureOutcome erased(String module, String record) {
		return new ErasureOutcome(module, record, Result.ERASED, null, null);
	}

	public static ErasureOutcome anonymised(String module, String record) {
		return new ErasureOutcome(module, record, Result.ANONYMISED, null, null);
	}

	public static ErasureOutcome deferred(String module, String record) {
		return new ErasureOutcome(module, record, Result.DEFERRED, null, null);
	}

	/**
	 * @param rule the id of the register's retention rule, e.g.
	 * {@code member-contract-6y}
	 */
	public static ErasureOutcome kept(String module, String record, String rule, @Nullable LocalDate keptUntil) {
		return new ErasureOutcome(module, record, Result.KEPT, rule, keptUntil);
	}

	/**
	 * The message that tells the person what became of the record:
	 * {@code privacy.erasure.kept.<rule>} for a kept one, {@code privacy.erasure.erased},
	 * {@code .anonymised} or {@code .deferred} otherwise.
	 */
	public String messageKey() {
		return MESSAGE_PREFIX
				+ (result == Result.KEPT ? "kept." + rule : result.name().toLowerCase(java.util.Locale.ROOT));
	}
}
