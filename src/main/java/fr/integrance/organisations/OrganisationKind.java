package fr.integrance.organisations;

/** The two kinds of organisation: an employer and a guardian (MJPM) service. */
public enum OrganisationKind {

	/** A company holding a collective contract. */
	EMPLOYER,

	/** A legal entity of court-appointed guardians. */
	GUARDIAN_SERVICE

}
