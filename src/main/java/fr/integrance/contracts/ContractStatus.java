package fr.integrance.contracts;

import java.util.EnumSet;
import java.util.Set;

/**
 * Life of an individual contract (DESIGN.md §5): PENDING → ACTIVE ⇄ SUSPENDED, ACTIVE or
 * SUSPENDED → TERMINATED (final). Labels under {@code contract-status.*}.
 */
public enum ContractStatus {

	PENDING, ACTIVE, SUSPENDED, TERMINATED;

	/** The states this one may move to. */
	public Set<ContractStatus> next() {
		return switch (this) {
			case PENDING -> EnumSet.of(ACTIVE);
			case ACTIVE -> EnumSet.of(SUSPENDED, TERMINATED);
			case SUSPENDED -> EnumSet.of(ACTIVE, TERMINATED);
			case TERMINATED -> EnumSet.noneOf(ContractStatus.class);
		};
	}

	public boolean canMoveTo(ContractStatus target) {
		return next().contains(target);
	}

	public String messageKey() {
		return "contract-status." + name();
	}

}
