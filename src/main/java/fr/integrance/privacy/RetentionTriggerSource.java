package fr.integrance.privacy;

import java.util.Set;

/**
 * What starts, moves or stops the clocks of one or more register retention triggers
 * ({@code contract-end}, {@code last-contact}, …): a module's listener of domain events,
 * or a job that enforces the rule itself. Implementations are Spring beans; the register
 * lint reports a rule whose trigger no source serves, and a source whose trigger no rule
 * uses ({@link LintWarning.Kind#RETENTION_TRIGGER_WITHOUT_CLOCK},
 * {@link LintWarning.Kind#CLOCK_WITHOUT_RETENTION_RULE}); a test fails the build on
 * either.
 */
public interface RetentionTriggerSource {

	/**
	 * The register triggers served, from {@link RegisterVocabulary#RETENTION_TRIGGERS}.
	 */
	Set<String> triggers();

	/** What starts the clock, in English (the events or the job), for the lint. */
	String description();

}
