package fr.integrance.rights.internal.fulfilment;

import java.util.Optional;
import java.util.UUID;

import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

/**
 * The answer sent to a rights request, for the module's rows of its subject
 * ({@code RightsPersonalData}): the letter is the subject's data (what the mutual told
 * them), kept as the proof of the answer like the request itself.
 */
@Component
@RequiredArgsConstructor
public class SubjectAnswers {

	private final AnswerRepository answers;

	/** The stored answer to that request, as the entity the export reads. */
	public Optional<Object> answerTo(UUID request) {
		return answers.findById(request).map(Object.class::cast);
	}

}
