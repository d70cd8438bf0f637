package fr.integrance.people;

/**
 * The processing of the person's data is restricted (GDPR art. 18,
 * {@link Person#restricted()}): their data are kept and may be consulted, but neither
 * changed nor used for a new purpose until the restriction is lifted. Carries the id
 * only.
 */
public class PersonRestrictedException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final PersonId person;

	public PersonRestrictedException(PersonId person) {
		super("Processing restricted for person " + person);
		this.person = person;
	}

	public PersonId person() {
		return person;
	}

}
