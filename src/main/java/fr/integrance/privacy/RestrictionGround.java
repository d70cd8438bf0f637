package fr.integrance.privacy;

/**
 * The four cases in which a person may have processing restricted (GDPR Art.
 * 18(1)(a)-(d)).
 */
public enum RestrictionGround {

	/** (a) The person contests the accuracy of the data, while it is checked. */
	ACCURACY_CONTESTED,
	/**
	 * (b) The processing is unlawful but the person wants restriction instead of erasure.
	 */
	UNLAWFUL_PROCESSING_ERASURE_REFUSED,
	/** (c) The data are no longer needed but the person needs them for legal claims. */
	NEEDED_FOR_LEGAL_CLAIMS,
	/**
	 * (d) The person objected (Art. 21(1)), pending the check of our legitimate grounds.
	 */
	OBJECTION_PENDING

}
