package fr.integrance.identity;

/**
 * Where the channel that recognises members serves member activation, for the links of
 * the activation e-mails (identity prefixes them with the platform's public address).
 * Implemented by the channel, as a bean.
 */
public interface ActivationPages {

	/** The first step: recognising the member. */
	String activation();

	/** The link that proves the address and leads to choosing a password. */
	String activationLink(String token);

}
