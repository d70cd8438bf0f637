package fr.integrance.requests;

import org.jspecify.annotations.Nullable;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import fr.integrance.platform.Civility;

/**
 * What staff give when accepting a case; which of it a type needs is that type's rule
 * ({@link FieldProblemsException} otherwise).
 *
 * @param answer what to tell the sender (required for a sollicitation; for a subscription
 * a note kept with the decision, not sent)
 * @param civilities the civility of each person the request names without one, in the
 * request's order (a subscription's dependants, when it was sent before the public form
 * asked it); null entries where unknown or not needed. The request's own civility wins.
 */
public record Acceptance(@Nullable String answer, List<Civility> civilities) {

	public Acceptance {
		civilities = civilities == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(civilities));
	}

	public static Acceptance withAnswer(String answer) {
		return new Acceptance(answer, List.of());
	}

	/** The civility given for the person at {@code index}, null when none. */
	public @Nullable Civility civility(int index) {
		return index < civilities.size() ? civilities.get(index) : null;
	}

	/** The answer, stripped, or null when blank. */
	public @Nullable String givenAnswer() {
		return answer == null || answer.isBlank() ? null : answer.strip();
	}
}
