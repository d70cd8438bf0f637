package fr.integrance.requests.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * The cases of one data subject, and the statements that anonymise one case in place (its
 * id, type, purpose, status, dates and history stay: they are what the statistics and the
 * audit journal refer to). Native updates, so that the case entity keeps no setter for
 * them.
 */
interface SubjectCases extends Repository<RequestCase, UUID> {

	@Query("select c from RequestCase c where c.personId = :person order by c.submittedAt, c.id")
	List<RequestCase> findByPerson(UUID person);

	@Query("select c from RequestCase c where lower(c.submitterEmail) = lower(:email) order by c.submittedAt, c.id")
	List<RequestCase> findByEmail(String email);

	/**
	 * The cases sent from any of the addresses (given stripped and in lower case), with
	 * their transitions: the retention sweep's batch.
	 */
	@Query("select distinct c from RequestCase c left join fetch c.transitions"
			+ " where lower(c.submitterEmail) in :emails order by c.submittedAt, c.id")
	List<RequestCase> findByEmails(Collection<String> emails);

	@Query("select m from CaseMessage m where m.caseId = :caseId order by m.writtenAt, m.id")
	List<CaseMessage> messages(UUID caseId);

	/** The messages of several cases, each case's in its order. */
	@Query("select m from CaseMessage m where m.caseId in :caseIds order by m.writtenAt, m.id")
	List<CaseMessage> messagesOf(Collection<UUID> caseIds);

	/**
	 * Replaces the sender's name, e-mail and payload, and marks the case anonymised (and
	 * no longer restricted: nothing in it is theirs any more).
	 */
	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query(value = "UPDATE request_case SET submitter_name = :name, submitter_email = :email, payload = :payload,"
			+ " restricted = FALSE, restriction_ground = NULL, anonymised_at = :at, version = version + 1"
			+ " WHERE id = :id", nativeQuery = true)
	int anonymise(UUID id, String name, String email, String payload, Instant at);

	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query(value = "UPDATE request_message SET body = '' WHERE id = :id", nativeQuery = true)
	int emptyMessage(UUID id);

	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query(value = "UPDATE request_transition SET reason = NULL WHERE id = :id", nativeQuery = true)
	int clearReason(UUID id);

}
