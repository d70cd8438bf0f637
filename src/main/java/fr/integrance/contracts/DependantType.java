package fr.integrance.contracts;

/**
 * How a dependant (ayant droit) is related to the member. Labels under
 * {@code dependant-type.*}.
 */
public enum DependantType {

	SPOUSE, PACS_PARTNER, COHABITANT, CHILD, OTHER;

	public String messageKey() {
		return "dependant-type." + name();
	}

}
