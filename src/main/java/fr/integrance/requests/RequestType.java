package fr.integrance.requests;

/**
 * The kinds of request, each processed under a purpose of the processing register. The
 * purpose depends on the channel (a question from the public site and one from iAdhérent
 * are two processing activities), so the mapping is kept here, next to the types, as
 * data.
 */
public enum RequestType {

	/**
	 * A demande de souscription (an individual plan for the subscriber and their
	 * dependants).
	 */
	SUBSCRIPTION("website-subscription-requests"),
	/** A sollicitation: any question or request from a member or a prospect. */
	SOLICITATION("website-requests");

	private final String websitePurpose;

	RequestType(String websitePurpose) {
		this.websitePurpose = websitePurpose;
	}

	/**
	 * The register purpose id under which a request of this type from that channel is
	 * processed.
	 */
	public String purposeOn(RequestChannel channel) {
		return switch (channel) {
			case WEBSITE -> websitePurpose;
		};
	}

}
