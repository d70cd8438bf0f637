package fr.integrance.people;

/**
 * The mandatory health-insurance scheme (régime obligatoire): général, local
 * d'Alsace-Moselle, agricole (MSA), spéciaux (SNCF, RATP, marins…), other. Labels under
 * {@code mandatory-scheme.*}.
 */
public enum MandatoryScheme {

	GENERAL, ALSACE_MOSELLE, AGRICULTURAL, SPECIAL, OTHER;

	public String messageKey() {
		return "mandatory-scheme." + name();
	}

}
