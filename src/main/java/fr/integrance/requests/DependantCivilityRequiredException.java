package fr.integrance.requests;

/**
 * Accepting a subscription needs each dependant's civility: a request sent before the
 * public form asked it carries none, and staff did not give it.
 */
public class DependantCivilityRequiredException extends RuntimeException {

	private final int index;

	public DependantCivilityRequiredException(int index) {
		super("The civility of dependant " + index + " is needed to accept the subscription");
		this.index = index;
	}

	/** The dependant's position in the request (from 0). */
	public int index() {
		return index;
	}

}
