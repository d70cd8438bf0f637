/**
 * The audit journal as the DPO searches it ({@code /dpo/journal}): filters, keyset
 * paging, the chain's verification status.
 */
@org.jspecify.annotations.NullMarked
package fr.integrance.dpo.journal;
