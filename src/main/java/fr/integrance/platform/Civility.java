package fr.integrance.platform;

/**
 * Civility as French administrative forms ask it; the label comes from the message
 * bundle.
 */
public enum Civility {

	/** Monsieur. */
	M,

	/** Madame. */
	MME;

	/** Key of the label in the {@code i18n/values} bundle, e.g. {@code civility.MME}. */
	public String messageKey() {
		return "civility." + name();
	}

}
