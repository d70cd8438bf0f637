/**
 * The disclosure log as a page of the DPO console ({@code /dpo/communications}).
 */
@org.jspecify.annotations.NullMarked
package fr.integrance.dpo.disclosure;
