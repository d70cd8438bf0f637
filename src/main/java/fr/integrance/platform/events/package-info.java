/**
 * The event backbone's upkeep: incomplete publications of the JDBC event publication
 * registry resubmitted, completed ones purged, by one node at a time.
 */
@org.jspecify.annotations.NullMarked
package fr.integrance.platform.events;
