package fr.integrance.consent;

/**
 * What a consent record says about one purpose. Only {@link #GIVEN} allows the
 * processing.
 */
public enum Decision {

	/** The person said yes, by a positive act. */
	GIVEN,
	/** The person said no (silence counts as no too, but is not recorded). */
	REFUSED,
	/** The person took back a consent given earlier (or objected to marketing). */
	WITHDRAWN,
	/** A choice reached its renewal age: the person must be asked again. */
	EXPIRED;

	public boolean allows() {
		return this == GIVEN;
	}

}
