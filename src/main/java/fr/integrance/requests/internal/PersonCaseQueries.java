package fr.integrance.requests.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

import fr.integrance.requests.PersonCases.OpenCase;
import fr.integrance.requests.RequestStatus;

/** The reads behind {@link JpaPersonCases}: on {@code ix_request_case_person}. */
interface PersonCaseQueries extends Repository<RequestCase, UUID> {

	@Query("select new fr.integrance.requests.PersonCases$OpenCase(c.reference, c.type, c.status, c.submittedAt,"
			+ " (select max(m.writtenAt) from CaseMessage m where m.caseId = c.id))"
			+ " from RequestCase c where c.personId = :person and c.status in (" + OPEN_STATUSES + ")"
			+ " order by c.submittedAt desc, c.id")
	List<OpenCase> openOf(UUID person, Limit limit);

	/**
	 * {@link RequestStatus#OPEN} written in the query, not bound as a list: Hibernate
	 * translates a query given a list of values to SQL again at every execution.
	 */
	String OPEN_STATUSES = "fr.integrance.requests.RequestStatus.SUBMITTED,"
			+ " fr.integrance.requests.RequestStatus.IN_REVIEW, fr.integrance.requests.RequestStatus.WAITING_FOR_SENDER";

	/** Every case of the person, in the pageable's order. */
	Page<RequestCase> findByPersonId(UUID person, Pageable pageable);

	/** The person's case of that reference (the reference is unique). */
	Optional<RequestCase> findByReferenceAndPersonId(String reference, UUID person);

}
