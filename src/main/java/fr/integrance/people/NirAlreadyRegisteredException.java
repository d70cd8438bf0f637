package fr.integrance.people;

/**
 * Another person already holds that NIR: one record per human. Carries neither the NIR
 * nor the other id.
 */
public class NirAlreadyRegisteredException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	public NirAlreadyRegisteredException() {
		super("A person with that NIR is already registered");
	}

	/** Key of the French message, in the {@code i18n/domain} bundle. */
	public String messageKey() {
		return "person.nir.already-registered";
	}

}
