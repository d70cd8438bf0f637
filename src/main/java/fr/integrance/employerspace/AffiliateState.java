package fr.integrance.employerspace;

import java.util.EnumSet;
import java.util.Set;

import fr.integrance.contracts.AffiliationStatus;

/**
 * The states an employer filters its affiliates by; labels under
 * {@code affiliate-state.*}.
 */
public enum AffiliateState {

	/** Requested, waiting to be accepted. */
	PENDING(EnumSet.of(AffiliationStatus.REQUESTED)),

	/** Covered. */
	ACTIVE(EnumSet.of(AffiliationStatus.ACTIVE)),

	/** Left, covered free of charge until the end of their portability. */
	PORTABILITY(EnumSet.of(AffiliationStatus.PORTABILITY)),

	/** Left (termination requested, done, or closed). */
	TERMINATED(EnumSet.of(AffiliationStatus.TERMINATION_REQUESTED, AffiliationStatus.TERMINATED,
			AffiliationStatus.CLOSED));

	private final Set<AffiliationStatus> statuses;

	AffiliateState(Set<AffiliationStatus> statuses) {
		this.statuses = statuses;
	}

	public Set<AffiliationStatus> statuses() {
		return EnumSet.copyOf(statuses);
	}

	public static AffiliateState of(AffiliationStatus status) {
		for (AffiliateState state : values()) {
			if (state.statuses.contains(status)) {
				return state;
			}
		}
		throw new IllegalArgumentException(status.name());
	}

	public String messageKey() {
		return "affiliate-state." + name();
	}

}
