package fr.integrance.requests.internal;

import java.util.List;
import java.util.UUID;

import lombok.RequiredArgsConstructor;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import fr.integrance.people.PersonId;
import fr.integrance.requests.PersonCases;
import fr.integrance.requests.RequestStatus;

/**
 * {@link PersonCases}: one query on {@code request_case(person_id)}, the last message
 * date from {@code request_message(case_id, written_at)}.
 */
@Component
@RequiredArgsConstructor
class JpaPersonCases implements PersonCases {

	private final Queries queries;

	@Override
	@Transactional(readOnly = true)
	public List<OpenCase> openCasesOf(PersonId person) {
		return queries.openOf(person.value(), RequestStatus.OPEN, Limit.of(LIMIT));
	}

	interface Queries extends Repository<RequestCase, UUID> {

		@Query("select new fr.integrance.requests.PersonCases$OpenCase(c.reference, c.type, c.status, c.submittedAt,"
				+ " (select max(m.writtenAt) from CaseMessage m where m.caseId = c.id))"
				+ " from RequestCase c where c.personId = :person and c.status in :statuses"
				+ " order by c.submittedAt desc, c.id")
		List<OpenCase> openOf(UUID person, java.util.Collection<RequestStatus> statuses, Limit limit);

	}

}
