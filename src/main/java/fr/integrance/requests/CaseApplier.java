package fr.integrance.requests;

import java.time.LocalDate;
import java.util.UUID;

/**
 * What accepting a case of one type does to the domain, in the acceptance transaction:
 * one bean per {@link RequestType}. A failure rolls the whole decision back.
 */
interface CaseApplier {

	RequestType type();

	/**
	 * @param actor the staff account accepting
	 * @param acceptance what staff gave with the decision
	 * @param acceptedOn the acceptance date in France
	 * @throws ReasonRequiredException when this type needs an answer and there is none
	 */
	Applied apply(RequestCase requestCase, UUID actor, Acceptance acceptance, LocalDate acceptedOn);

	/** What the application created; both null when it created nothing. */
	record Applied(UUID personId, UUID contractId) {

		static final Applied NOTHING = new Applied(null, null);

	}

}
