/**
 * Scheduling infrastructure: the scheduler and the ShedLock lock provider that keeps each
 * job on one node at a time.
 */
@org.jspecify.annotations.NullMarked
package fr.integrance.platform.scheduling;
