package fr.integrance.audit.internal;

import fr.integrance.platform.NotPersonalData;

/**
 * The one row of {@code audit_chain_head}: where the chain ends. Appends lock it, which
 * serialises them across nodes; the verifier compares it with the last entry, which
 * detects a cut tail.
 */
record ChainHead(@NotPersonalData long lastSequence, @NotPersonalData String lastHash) {
}
