package fr.integrance.rights.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

import lombok.RequiredArgsConstructor;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.integrance.platform.FrenchDates;
import fr.integrance.privacy.ProcessingRegister;
import fr.integrance.privacy.Register;
import fr.integrance.rights.ReceivedRightsRequest;
import fr.integrance.rights.RightsRequestId;
import fr.integrance.rights.RightsRequestReceived;
import fr.integrance.rights.RightsRequestSubmission;
import fr.integrance.rights.RightsRequests;

/**
 * {@link RightsRequests} on JPA: the request stored {@link RightsRequestStatus#RECEIVED}
 * and {@link RightsRequestReceived} published in one transaction, so that the
 * acknowledgement ({@link Acknowledgements}) is sent if and only if the request is kept.
 */
@Service
@Transactional
@RequiredArgsConstructor
class JpaRightsRequests implements RightsRequests {

	static final String WEBSITE = "WEBSITE";

	private final ReceivedRequests requests;

	private final ProcessingRegister register;

	private final JdbcTemplate jdbc;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	@Override
	public ReceivedRightsRequest receive(RightsRequestSubmission submission) {
		Register current = register.current();
		if (current.right(submission.rightId()).isEmpty()) {
			throw new IllegalArgumentException("Unknown right: " + submission.rightId());
		}
		if (!RightsRequestSubmission.ALL_PROCESSING.equals(submission.scope())
				&& current.purposes().stream().noneMatch(p -> p.id().equals(submission.scope()))) {
			throw new IllegalArgumentException("Unknown processing: " + submission.scope());
		}
		Instant receivedAt = clock.instant();
		LocalDate dueDate = dueDate(receivedAt);
		RightsRequestId id = RightsRequestId.random();
		Long number = jdbc.queryForObject("SELECT nextval('rights_request_reference_seq')", Long.class);
		String reference = "DDR-%d-%06d".formatted(receivedAt.atZone(FrenchDates.FRANCE).getYear(), number);
		requests.save(new RightsRequest(id.value(), reference, submission, WEBSITE, receivedAt, dueDate));
		events.publishEvent(new RightsRequestReceived(id, reference));
		return new ReceivedRightsRequest(id, reference, dueDate);
	}

	/**
	 * One calendar month after the day of receipt in France; the end of a shorter month
	 * caps it.
	 */
	static LocalDate dueDate(Instant receivedAt) {
		return receivedAt.atZone(FrenchDates.FRANCE).toLocalDate().plusMonths(1);
	}

}
