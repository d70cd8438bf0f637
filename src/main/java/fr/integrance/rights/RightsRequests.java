package fr.integrance.rights;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.integrance.privacy.ProcessingRegister;
import fr.integrance.privacy.Register;
import fr.integrance.platform.FrenchDates;

/**
 * Receives data-subject rights requests: checks that the right and the processing named
 * exist in the register, stores the request {@link RightsRequestStatus#RECEIVED} with a
 * reference ({@code DDR-2026-000042}) and its due date, one calendar month after the day
 * of receipt in France (31 January gives the last day of February), and publishes
 * {@link RightsRequestReceived} for the acknowledgement. No identity proof is asked for
 * here: only on reasonable doubt, later.
 */
@Service
public class RightsRequests {

	static final ZoneId FRANCE = FrenchDates.FRANCE;
	static final String WEBSITE = "WEBSITE";

	private final ReceivedRequests requests;

	private final ProcessingRegister register;

	private final JdbcTemplate jdbc;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	RightsRequests(ReceivedRequests requests, ProcessingRegister register, JdbcTemplate jdbc,
			ApplicationEventPublisher events, Clock clock) {
		this.requests = requests;
		this.register = register;
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
	}

	@Transactional
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
		UUID id = UUID.randomUUID();
		Long number = jdbc.queryForObject("SELECT nextval('rights_request_reference_seq')", Long.class);
		String reference = "DDR-%d-%06d".formatted(receivedAt.atZone(FRANCE).getYear(), number);
		requests.save(new RightsRequest(id, reference, submission, WEBSITE, receivedAt, dueDate));
		events.publishEvent(new RightsRequestReceived(id, reference));
		return new ReceivedRightsRequest(id, reference, dueDate);
	}

	/**
	 * One calendar month after the day of receipt in France; the end of a shorter month
	 * caps it.
	 */
	static LocalDate dueDate(Instant receivedAt) {
		return receivedAt.atZone(FRANCE).toLocalDate().plusMonths(1);
	}

}
