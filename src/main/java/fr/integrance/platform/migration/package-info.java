/**
 * Database migrations: the adoption, at start-up, of the versions that were Java
 * migrations before they became SQL under {@code db/vendor/{vendor}}.
 */
@org.jspecify.annotations.NullMarked
package fr.integrance.platform.migration;
