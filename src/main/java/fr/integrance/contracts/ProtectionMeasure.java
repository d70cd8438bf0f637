package fr.integrance.contracts;

/**
 * A legal protection measure for an adult (Code civil, art. 433 ff.). Labels under
 * {@code protection-measure.*}.
 */
public enum ProtectionMeasure {

	SAUVEGARDE_JUSTICE, CURATELLE_SIMPLE, CURATELLE_RENFORCEE, TUTELLE, HABILITATION_FAMILIALE,
	MANDAT_PROTECTION_FUTURE,
	/** Mesure d’accompagnement judiciaire (Code civil, art. 495 ff.). */
	MESURE_ACCOMPAGNEMENT_JUDICIAIRE;

	public String messageKey() {
		return "protection-measure." + name();
	}

}
