package fr.integrance.privacy;

/**
 * Something in the register that is allowed but deserves the DPO's attention, e.g. a
 * tracker that lives longer than 13 months.
 *
 * @param kind what kind of finding
 * @param source the register file (or archive) it comes from, e.g.
 * {@code register/cookies.yml}
 * @param subject the entry concerned, e.g. {@code _ga}
 * @param message the finding, in English, naming the file and the entry
 */
public record LintWarning(Kind kind, String source, String subject, String message) {

	public enum Kind {

		/**
		 * A tracker declared with a lifetime over 13 months (CNIL recommendation
		 * 2020-092).
		 */
		TRACKER_LIFETIME_OVER_13_MONTHS,
		/**
		 * A purpose resting on consent alone whose retention runs beyond a withdrawal of
		 * consent.
		 */
		RETENTION_OUTLIVES_CONSENT,
		/** A purpose without any retention rule. */
		PURPOSE_WITHOUT_RETENTION,
		/** A data category that no purpose uses. */
		UNUSED_DATA_CATEGORY,
		/**
		 * A notice version already published under the same id with different content.
		 */
		PUBLISHED_VERSION_CHANGED,
		/**
		 * A retention rule whose trigger nothing starts: no
		 * {@link fr.integrance.privacy.RetentionTriggerSource} serves it.
		 */
		RETENTION_TRIGGER_WITHOUT_CLOCK,
		/** A clock source whose trigger no retention rule of the register uses. */
		CLOCK_WITHOUT_RETENTION_RULE

	}
}
