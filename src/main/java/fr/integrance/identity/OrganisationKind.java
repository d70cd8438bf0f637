package fr.integrance.identity;

/**
 * The two kinds of organisation whose staff sign in: an employer and a guardian (MJPM)
 * service.
 */
public enum OrganisationKind {

	/**
	 * A company holding a collective contract; its accounts are employer representatives.
	 */
	EMPLOYER(Role.EMPLOYER_REPRESENTATIVE),

	/** A legal entity of court-appointed guardians; its accounts are guardian agents. */
	GUARDIAN_SERVICE(Role.GUARDIAN_AGENT);

	private final Role memberRole;

	OrganisationKind(Role memberRole) {
		this.memberRole = memberRole;
	}

	/** The role of the accounts that belong to an organisation of this kind. */
	public Role memberRole() {
		return memberRole;
	}

}
