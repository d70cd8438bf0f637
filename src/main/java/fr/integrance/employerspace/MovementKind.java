package fr.integrance.employerspace;

/** What an employer's movement did; labels under {@code movement-kind.*}. */
public enum MovementKind {

	ENROLMENT, TERMINATION, ADDRESS, FAMILY_SITUATION, SCHEME, BANK_DETAILS, DEPENDANT_ADDED, DEPENDANT_REMOVED;

	public String messageKey() {
		return "movement-kind." + name();
	}

}
