/**
 * Audit journal: an append-only, hash-chained record of who read or changed whose
 * personal data and of security events (ids only, never the data itself), with a verifier
 * that finds tampering.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Journal d'audit", allowedDependencies = { "platform" })
package fr.integrance.audit;
