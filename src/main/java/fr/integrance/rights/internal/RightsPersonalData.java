package fr.integrance.rights.internal;

import java.util.ArrayList;
import java.util.List;

import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Component;

import fr.integrance.privacy.DataSubjectRef;
import fr.integrance.privacy.PersonalDataRows;
import fr.integrance.privacy.PersonalRow;
import fr.integrance.rights.internal.fulfilment.SubjectAnswers;

/**
 * The rights module's rows of a subject: the rights requests a person sent, found by the
 * address they wrote from ({@link DataSubjectRef.Kind#EMAIL}; a request names no person
 * id), with their history and the answer sent. An erasure leaves them: the controller
 * must be able to show that it answered each request and when (GDPR Art. 5(2) and 12),
 * but the register has no retention rule for that proof yet, so how long they are kept is
 * left to the retention issue (deferred). They are read only to answer and to prove the
 * answer, which storage under restriction allows (Art. 18(2)): they embed no restriction
 * state.
 */
@Component
@RequiredArgsConstructor
class RightsPersonalData implements PersonalDataRows {

	private final SubjectRightsRequests requests;

	private final RightsRequestSteps steps;

	private final SubjectAnswers answers;

	@Override
	public List<PersonalRow> rows(DataSubjectRef subject) {
		if (subject.kind() != DataSubjectRef.Kind.EMAIL) {
			return List.of();
		}
		List<PersonalRow> rows = new ArrayList<>();
		for (RightsRequest request : requests.findByEmail(subject.id().strip())) {
			rows.add(PersonalRow.deferred(request));
			// Its history: who did what and why (an extension's or a refusal's reasons).
			steps.history(request.id()).forEach(step -> rows.add(PersonalRow.deferred(step)));
			// The answer's letter, once sent: the proof of what the mutual told them.
			answers.answerTo(request.id()).ifPresent(answer -> rows.add(PersonalRow.deferred(answer)));
		}
		return rows;
	}

}
