package fr.integrance.rights;

/**
 * How far the requester's identity was established, proportionately: a signed-in session
 * is enough; an anonymous request is matched against what the mutual holds and confirmed
 * by a link sent to an address already on file; only when that fails is a document
 * checked by staff.
 */
public enum IdentityState {

	/** Nothing checked yet. */
	NOT_CHECKED,
	/** Signed in (with the second factor where the space requires one). */
	VERIFIED_SESSION,
	/** Exactly one person matched: a confirmation link went to their address on file. */
	LINK_SENT,
	/** The requester followed the link sent to the address on file. */
	LINK_CONFIRMED,
	/** No match, several, or no address on file: staff must check. */
	UNMATCHED,
	/**
	 * Staff checked an identity document (deleted once checked) and linked the subject.
	 */
	DOCUMENT_CHECKED,
	/** Staff linked the subject from what the mutual already knew (a letter signed…). */
	LINKED_BY_STAFF

}
