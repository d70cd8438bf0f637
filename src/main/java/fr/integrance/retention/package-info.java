/**
 * Retention: the retention schedule computed from the register and the domain events, and
 * its enforcement. Each register rule's trigger has a clock source
 * ({@link fr.integrance.privacy.RetentionTriggerSource}): a contract's or an
 * affiliation's end starts « contract + 6 years », a case decided without a contract
 * moves the prospect's « 3 years from the last contact »; the other triggers are enforced
 * by their own module. The sweep ({@link fr.integrance.retention.RetentionSweeps}) ends
 * each clock run out through the privacy SPI, as an erasure request would, unless a legal
 * hold ({@link fr.integrance.retention.RetentionHolds}) suspends it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Conservation",
		allowedDependencies = { "platform", "privacy", "contracts", "people", "requests", "rights", "audit" })
@org.jspecify.annotations.NullMarked
package fr.integrance.retention;
