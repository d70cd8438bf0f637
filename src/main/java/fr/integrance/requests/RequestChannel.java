package fr.integrance.requests;

/** Where a request came in; each channel has its own register purposes. */
public enum RequestChannel {

	WEBSITE,

	/**
	 * iAdhérent: a signed-in member, the case carrying their person id from the start.
	 */
	MEMBERSPACE,

	/**
	 * iTutelle: an agent of a guardian organisation, for a protected adult it represents
	 * or will.
	 */
	GUARDIANSPACE

}
