package fr.integrance.platform;

/**
 * An id names nothing the caller may see: unknown, or another tenant's. A module API
 * throws a subclass of it ({@code UnknownCaseException}, …), and the web layer's one
 * advice answers the French 404 page for every one, the same for an unknown and a foreign
 * id so that nothing tells them apart. Its message names the kind of thing and the
 * technical id only, never personal data.
 */
public class NotFoundException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	public NotFoundException(String message) {
		super(message);
	}

}
