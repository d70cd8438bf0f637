package fr.integrance.employerspace;

import org.jspecify.annotations.Nullable;

import fr.integrance.contracts.Affiliation;
import fr.integrance.contracts.PortabilityPeriod;

/**
 * A termination done: the affiliation (TERMINATED, or PORTABILITY) and the portability
 * period it opened (null when the reason opens none).
 */
public record Termination(Affiliation affiliation, @Nullable PortabilityPeriod portability) {
}
