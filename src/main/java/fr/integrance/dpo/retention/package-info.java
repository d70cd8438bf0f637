/**
 * The DPO's retention page ({@code /dpo/conservation}): the records past their retention
 * date per rule, the dry run of the next sweep, the sweep journal, and the legal holds.
 */
@org.jspecify.annotations.NullMarked
package fr.integrance.dpo.retention;
