package fr.integrance.requests;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What staff give when accepting a case.
 *
 * @param answer what to tell the sender (required for a sollicitation; for a subscription
 * a note kept with the decision, not sent)
 * @param dependantCivilities for a subscription, the civility of each dependant in the
 * order of the request, needed only for dependants whose request carries none (sent
 * before the public form asked it); null entries where unknown or not needed. The
 * request's own civility wins.
 */
public record Acceptance(String answer, List<Civility> dependantCivilities) {

	public Acceptance {
		dependantCivilities = dependantCivilities == null ? List.of()
				: Collections.unmodifiableList(new ArrayList<>(dependantCivilities));
	}

	public static Acceptance withAnswer(String answer) {
		return new Acceptance(answer, List.of());
	}

	Civility dependantCivility(int index) {
		return index < dependantCivilities.size() ? dependantCivilities.get(index) : null;
	}
}
