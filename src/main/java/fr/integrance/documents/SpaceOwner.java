package fr.integrance.documents;

import java.util.Objects;
import java.util.UUID;

/**
 * Whom a document space belongs to: a person of the people module (a member, a protected
 * adult) or a case of the requests module. The owner decides who may open the space; the
 * channel that calls {@link DocumentSpaces} has checked that the signed-in user may reach
 * this owner before it asks for the space.
 */
public record SpaceOwner(Kind kind, UUID id) {

	public enum Kind {

		/**
		 * A person: the member themselves, or a protected adult through their guardian.
		 */
		PERSON,
		/** A case (request) handled in the back office. */
		CASE

	}

	public SpaceOwner {
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(id, "id");
	}

	public static SpaceOwner person(UUID personId) {
		return new SpaceOwner(Kind.PERSON, personId);
	}

	public static SpaceOwner caseFile(UUID caseId) {
		return new SpaceOwner(Kind.CASE, caseId);
	}

}
