package fr.integrance.rights;

/** The door a rights request came through. */
public enum RightsChannel {

	/** The public form {@code /mes-droits}, anonymous. */
	WEBSITE,
	/** A member signed in to their space. */
	MEMBER_SPACE,
	/** A guardian organisation's agent, on behalf of a protected adult. */
	GUARDIAN_SPACE,
	/** An employer's representative signed in to iCollectif, about their own data. */
	EMPLOYER_SPACE,
	/** A letter, registered by staff. */
	PAPER,
	/** An e-mail received by the mutual and forwarded, registered by staff. */
	EMAIL

}
