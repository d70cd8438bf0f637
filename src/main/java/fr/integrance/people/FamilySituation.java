package fr.integrance.people;

/**
 * Family situation as French forms ask it; labels under {@code family-situation.*}
 * (bundle i18n/domain).
 */
public enum FamilySituation {

	SINGLE, MARRIED, CIVIL_PARTNERSHIP, COHABITING, SEPARATED, DIVORCED, WIDOWED;

	public String messageKey() {
		return "family-situation." + name();
	}

}
