package fr.integrance.rights.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

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
		return rows(requests.findByEmail(subject.id().strip()));
	}

	/**
	 * The requests of several subjects in one query; an address the database might lower
	 * otherwise than Java (not ASCII) one by one, as {@link #rows(DataSubjectRef)}.
	 */
	@Override
	public Map<DataSubjectRef, List<PersonalRow>> rowsOfEach(List<DataSubjectRef> subjects) {
		Map<DataSubjectRef, String> batched = new LinkedHashMap<>();
		for (DataSubjectRef subject : subjects) {
			String address = subject.id().strip().toLowerCase(Locale.ROOT);
			if (subject.kind() == DataSubjectRef.Kind.EMAIL && address.chars().allMatch(c -> c < 128)) {
				batched.put(subject, address);
			}
		}
		Map<String, List<RightsRequest>> byAddress = new HashMap<>();
		if (!batched.isEmpty()) {
			requests.findByEmails(Set.copyOf(batched.values()))
				.forEach(request -> byAddress
					.computeIfAbsent(request.requesterEmail().strip().toLowerCase(Locale.ROOT), a -> new ArrayList<>())
					.add(request));
		}
		Map<DataSubjectRef, List<PersonalRow>> rows = new LinkedHashMap<>();
		for (DataSubjectRef subject : subjects) {
			String address = batched.get(subject);
			rows.computeIfAbsent(subject,
					s -> address == null ? rows(s) : rows(byAddress.getOrDefault(address, List.of())));
		}
		return rows;
	}

	private List<PersonalRow> rows(List<RightsRequest> found) {
		List<PersonalRow> rows = new ArrayList<>();
		for (RightsRequest request : found) {
			rows.add(PersonalRow.deferred(request));
			// Its history: who did what and why (an extension's or a refusal's reasons).
			steps.history(request.id()).forEach(step -> rows.add(PersonalRow.deferred(step)));
			// The answer's letter, once sent: the proof of what the mutual told them.
			answers.answerTo(request.id()).ifPresent(answer -> rows.add(PersonalRow.deferred(answer)));
		}
		return rows;
	}

}
