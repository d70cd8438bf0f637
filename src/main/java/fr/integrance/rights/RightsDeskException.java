package fr.integrance.rights;

/**
 * An action the request's state does not allow (extension after the first month, a second
 * extension, answering a request whose subject is unknown…); {@link #key()} is a message
 * key of the {@code rightsdesk} bundle saying why, in the reader's language.
 */
public class RightsDeskException extends RuntimeException {

	private final String key;

	public RightsDeskException(String key) {
		super(key);
		this.key = key;
	}

	public String key() {
		return key;
	}

}
