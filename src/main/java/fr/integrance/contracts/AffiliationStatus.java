package fr.integrance.contracts;

import java.util.EnumSet;
import java.util.Set;

/**
 * Life of an affiliation (DESIGN.md §5): REQUESTED → ACTIVE → TERMINATION_REQUESTED →
 * TERMINATED → PORTABILITY → CLOSED, a TERMINATED affiliation without portability going
 * straight to CLOSED. Labels under {@code affiliation-status.*}.
 */
public enum AffiliationStatus {

	REQUESTED, ACTIVE, TERMINATION_REQUESTED, TERMINATED, PORTABILITY, CLOSED;

	public Set<AffiliationStatus> next() {
		return switch (this) {
			case REQUESTED -> EnumSet.of(ACTIVE);
			case ACTIVE -> EnumSet.of(TERMINATION_REQUESTED);
			case TERMINATION_REQUESTED -> EnumSet.of(TERMINATED);
			case TERMINATED -> EnumSet.of(PORTABILITY, CLOSED);
			case PORTABILITY -> EnumSet.of(CLOSED);
			case CLOSED -> EnumSet.noneOf(AffiliationStatus.class);
		};
	}

	public boolean canMoveTo(AffiliationStatus target) {
		return next().contains(target);
	}

	public String messageKey() {
		return "affiliation-status." + name();
	}

}
