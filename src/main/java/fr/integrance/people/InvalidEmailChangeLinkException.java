package fr.integrance.people;

/**
 * The e-mail confirmation link is not the person's latest, was already used or has
 * expired. Carries nothing of the link.
 */
public class InvalidEmailChangeLinkException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	public InvalidEmailChangeLinkException() {
		super("Unusable e-mail change link");
	}

}
