package fr.integrance.employerspace;

/** How a list of affiliates is sorted (then by id, so that pages are stable). */
public enum AffiliateSort {

	/** Last name, then first names. */
	NAME,

	BIRTH_DATE,

	/** Start of cover. */
	START_DATE,

	/** Last day of employment (the ones still employed last). */
	END_DATE

}
