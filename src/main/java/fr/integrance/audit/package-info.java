/**
 * Audit journal: an append-only, hash-chained record of who read or changed whose
 * personal data and of security events (ids only, never the data itself), with a verifier
 * that finds tampering. Data subjects arrive as
 * {@link fr.integrance.platform.JournalSubject} (the privacy kernel's
 * {@code DataSubjectRef}), since this module may depend on nothing but {@code platform}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Journal d'audit", allowedDependencies = { "platform" })
@org.jspecify.annotations.NullMarked
package fr.integrance.audit;
