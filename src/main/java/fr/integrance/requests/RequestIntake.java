package fr.integrance.requests;

import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.json.JsonMapper;

import fr.integrance.platform.FrenchDates;

/**
 * Takes in the requests sent from the public site: each becomes a
 * {@link RequestStatus#SUBMITTED} case with a human-readable reference
 * ({@code DEM-2026-000123}), its typed payload as JSON and its attachments; the
 * acknowledgement e-mail goes to the mail outbox and a {@link RequestSubmitted} event is
 * published, both in the same transaction.
 */
@Service
public class RequestIntake {

	static final ZoneId FRANCE = FrenchDates.FRANCE;

	private final RequestCases cases;

	private final CaseAttachments attachments;

	private final JdbcTemplate jdbc;

	private final ApplicationEventPublisher events;

	private final CaseMails mails;

	private final Clock clock;

	private final JsonMapper json = JsonMapper.builder().build();

	RequestIntake(RequestCases cases, CaseAttachments attachments, JdbcTemplate jdbc, ApplicationEventPublisher events,
			CaseMails mails, Clock clock) {
		this.mails = mails;
		this.cases = cases;
		this.attachments = attachments;
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
	}

	@Transactional
	public SubmittedRequest submitSubscription(SubscriptionRequest request) {
		SubscriptionRequest.Subscriber subscriber = request.subscriber();
		return submit(RequestType.SUBSCRIPTION, subscriber.firstName() + " " + subscriber.lastName(),
				subscriber.email(), request.language(), request, request.attachmentIds());
	}

	@Transactional
	public SubmittedRequest submitSolicitation(Solicitation solicitation) {
		Solicitation.Contact contact = solicitation.contact();
		return submit(RequestType.SOLICITATION, contact.firstName() + " " + contact.lastName(), contact.email(),
				solicitation.language(), solicitation, solicitation.attachmentIds());
	}

	private SubmittedRequest submit(RequestType type, String submitterName, String submitterEmail, String language,
			Object payload, List<UUID> attachmentIds) {
		if (attachmentIds.size() > Attachments.MAX_FILES_PER_REQUEST) {
			throw new IllegalArgumentException(
					"A request carries at most " + Attachments.MAX_FILES_PER_REQUEST + " attachments");
		}
		UUID id = UUID.randomUUID();
		String reference = nextReference();
		RequestCase requestCase = cases.save(new RequestCase(id, reference, type, RequestChannel.WEBSITE,
				clock.instant(), submitterName, submitterEmail, language, json.writeValueAsString(payload)));
		for (UUID attachmentId : attachmentIds) {
			CaseAttachment attachment = attachments.findById(attachmentId)
				.orElseThrow(() -> new IllegalArgumentException("Unknown attachment " + attachmentId));
			attachment.attachTo(id);
		}
		mails.acknowledge(requestCase);
		events.publishEvent(new RequestSubmitted(id, reference, type));
		return new SubmittedRequest(id, reference);
	}

	/**
	 * {@code DEM-<year>-<number>}: the year in France, the number from a database
	 * sequence (unique across nodes).
	 */
	private String nextReference() {
		Long number = jdbc.queryForObject("SELECT nextval('request_case_reference_seq')", Long.class);
		return SubmittedRequest.reference(clock.instant().atZone(FRANCE).getYear(), number);
	}

	/** The payload of a subscription case, read back as the record it was stored from. */
	SubscriptionRequest subscriptionPayload(RequestCase requestCase) {
		return json.readValue(requestCase.payload(), SubscriptionRequest.class);
	}

	Solicitation solicitationPayload(RequestCase requestCase) {
		return json.readValue(requestCase.payload(), Solicitation.class);
	}

}
