/**
 * Statistics: first-party audience measurement within the CNIL exemption (page views of
 * the public site with no identifier, summed per day, the visitor's opt-out) and the
 * deletion of raw views after the register's retention for {@code website-statistics}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Statistiques d’audience",
		allowedDependencies = { "platform", "privacy" })
@org.jspecify.annotations.NullMarked
package fr.integrance.statistics;
