package fr.integrance.requests;

/** Régime obligatoire d’assurance maladie: what the complementary cover completes. */
public enum MandatoryScheme {
	/** Régime général (CPAM), which also covers the self-employed since 2020. */
	GENERAL,
	/** Régime local d’Alsace-Moselle (higher basic reimbursement). */
	ALSACE_MOSELLE,
	/** Mutualité sociale agricole. */
	AGRICULTURAL,
	/** Régimes spéciaux (SNCF, RATP, IEG, Banque de France, marins…). */
	SPECIAL,
	OTHER
}
