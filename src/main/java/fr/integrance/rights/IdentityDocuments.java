package fr.integrance.rights;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/**
 * The identity document a requester sends when they could not be recognised, as the
 * public page ({@code /mes-droits/piece/{token}}, website channel) reaches it: by the
 * single-use link staff had mailed to the address given in the request
 * ({@link RightsDesk#askIdentityDocument}). The document is stored encrypted in the
 * document store, only until staff checked it: it is then shredded and its deletion
 * journaled ({@link RightsDesk#linkSubject}, {@link RightsDesk#refuse}).
 */
public interface IdentityDocuments {

	/** Where a link stands. */
	enum State {

		/** Valid: a document may be sent. */
		OPEN,
		/** Past its expiry, or the request no longer needs it. */
		EXPIRED,
		/** The document was received (the link is used up). */
		RECEIVED

	}

	/** The state of a link; empty for an unknown or used token. */
	Optional<State> state(String token);

	/**
	 * Stores the document sent through the link (already inspected by the caller as every
	 * file a person sends), replacing one not checked yet; the link is then used up.
	 * @return {@link State#RECEIVED}, or {@link State#EXPIRED} (nothing stored); empty
	 * for an unknown or used token
	 */
	Optional<State> receive(String token, String mediaType, InputStream content) throws IOException;

}
