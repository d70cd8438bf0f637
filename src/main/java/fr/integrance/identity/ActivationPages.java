package fr.integrance.identity;

/**
 * Where the channel that recognises members serves member activation, for the links of
 * the activation e-mails (identity prefixes them with the platform's public address).
 * Declared by the channel, as a bean.
 *
 * @param activation the first step: recognising the member
 */
public record ActivationPages(String activation) {

	/** The link that proves the address and leads to choosing a password. */
	public String activationLink(String token) {
		return activation + "/lien/" + token;
	}

}
