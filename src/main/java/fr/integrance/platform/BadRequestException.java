package fr.integrance.platform;

/**
 * A request that no page of the platform could have sent: a value outside the choices a
 * form offers (a forged button value, an unknown action). The web layer's client-error
 * advice answers the French 400 page. Its message names what was refused, never the value
 * itself.
 */
public class BadRequestException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	public BadRequestException(String message) {
		super(message);
	}

}
