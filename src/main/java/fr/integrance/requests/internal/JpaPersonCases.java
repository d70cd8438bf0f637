package fr.integrance.requests.internal;

import java.util.List;

import lombok.RequiredArgsConstructor;

import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import fr.integrance.people.PersonId;
import fr.integrance.requests.PersonCases;
import fr.integrance.requests.RequestStatus;

/**
 * {@link PersonCases}: one query on {@code request_case(person_id, status)}, the last
 * message date from {@code request_message(case_id, written_at)}.
 */
@Component
@RequiredArgsConstructor
class JpaPersonCases implements PersonCases {

	private final PersonCaseQueries queries;

	@Override
	@Transactional(readOnly = true)
	public List<OpenCase> openCasesOf(PersonId person) {
		return queries.openOf(person.value(), RequestStatus.OPEN, Limit.of(LIMIT));
	}

}
