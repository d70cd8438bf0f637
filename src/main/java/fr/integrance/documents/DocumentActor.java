package fr.integrance.documents;

import java.util.Objects;
import java.util.UUID;

/**
 * Who acts on a space, as the channel knows them: the account and its kind. Uploads and
 * comments record it; a staff member's or a guardian agent's opening of a document is
 * journaled, the owner's own is not.
 *
 * @param kind what the account is
 * @param accountId the login account
 * @param personId the person the account belongs to, when it has one (a member)
 */
public record DocumentActor(Kind kind, UUID accountId, @org.jspecify.annotations.Nullable UUID personId) {

	public enum Kind {

		/** The member, in their own space. */
		OWNER,
		/** An agent of the guardian organisation of a protected adult. */
		GUARDIAN_AGENT,
		/** The mutual's staff, from the back office. */
		STAFF,
		/**
		 * A representative of an affiliate's employer: the documents it sent with the
		 * enrolment (iCollectif), which it may open again.
		 */
		EMPLOYER

	}

	public DocumentActor {
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(accountId, "accountId");
	}

}
