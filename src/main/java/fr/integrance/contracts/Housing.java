package fr.integrance.contracts;

/**
 * Where a protected adult lives (prises en charge et hébergement). Labels under
 * {@code housing.*}; every kind but {@link #HOME} names its establishment.
 */
public enum Housing {

	/** À domicile. */
	HOME,
	/** En établissement d’hébergement pour personnes âgées dépendantes (EHPAD). */
	CARE_HOME,
	/** En résidence autonomie ou résidence services. */
	RESIDENCE,
	/** En foyer ou établissement pour adultes handicapés (foyer de vie, MAS, FAM). */
	DISABILITY_HOME,
	/**
	 * Hospitalisé au long cours (unité de soins de longue durée, établissement
	 * psychiatrique).
	 */
	HOSPITAL,
	/** En famille d’accueil. */
	HOST_FAMILY;

	/** Whether the establishment's name is asked. */
	public boolean inEstablishment() {
		return this != HOME;
	}

	public String messageKey() {
		return "housing." + name();
	}

}
