package fr.integrance.people;

/** No person has that id (or it was anonymised). */
public class UnknownPersonException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	public UnknownPersonException(PersonId id) {
		super("Unknown person " + id);
	}

}
