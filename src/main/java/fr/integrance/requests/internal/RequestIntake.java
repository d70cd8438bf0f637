package fr.integrance.requests.internal;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import lombok.RequiredArgsConstructor;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.integrance.people.PersonId;
import fr.integrance.platform.FrenchDates;
import fr.integrance.requests.AttachmentId;
import fr.integrance.requests.Attachments;
import fr.integrance.requests.FieldProblem;
import fr.integrance.requests.FieldProblemsException;
import fr.integrance.requests.RequestChannel;
import fr.integrance.requests.RequestPayload;
import fr.integrance.requests.RequestType;
import fr.integrance.requests.Requests;
import fr.integrance.requests.SubmittedRequest;

/**
 * {@link Requests}: a request is checked by the rules of its type, stored as a case under
 * the purpose its type has on its channel, its files linked to it, acknowledged as its
 * type words it, and announced.
 */
@Service
@RequiredArgsConstructor
class RequestIntake implements Requests {

	private final RequestCases cases;

	private final CaseAttachments attachments;

	private final RequestTypeHandlers handlers;

	private final JdbcTemplate jdbc;

	private final CaseMails mails;

	private final Clock clock;

	@Override
	public List<FieldProblem> check(RequestPayload payload) {
		return handlers.of(payload.type()).checkPayload(payload);
	}

	@Override
	@Transactional
	public SubmittedRequest submit(RequestChannel channel, RequestPayload payload) {
		return submit(channel, payload, null);
	}

	@Override
	@Transactional
	public SubmittedRequest submit(RequestChannel channel, RequestPayload payload, @Nullable PersonId sender) {
		RequestTypeHandler<?> handler = handlers.of(payload.type());
		List<FieldProblem> problems = handler.checkPayload(payload);
		if (!problems.isEmpty()) {
			throw new FieldProblemsException(problems);
		}
		if (payload.attachmentIds().size() > Attachments.MAX_FILES_PER_REQUEST) {
			throw new IllegalArgumentException(
					"A request carries at most " + Attachments.MAX_FILES_PER_REQUEST + " attachments");
		}
		UUID id = UUID.randomUUID();
		RequestCase requestCase = cases.save(new RequestCase(id, nextReference(), payload, handler.purposeOn(channel),
				channel, clock.instant(), sender));
		for (AttachmentId attachmentId : payload.attachmentIds()) {
			attachments.findById(attachmentId.value())
				.orElseThrow(() -> new IllegalArgumentException("Unknown attachment " + attachmentId))
				.attachTo(id);
		}
		mails.acknowledge(requestCase, handler.acknowledgementOn(channel));
		return new SubmittedRequest(requestCase.caseId(), requestCase.reference());
	}

	@Override
	public String purposeOf(RequestType type, RequestChannel channel) {
		return handlers.of(type).purposeOn(channel);
	}

	@Override
	public String payloadJson(RequestPayload payload) {
		return PayloadJson.write(payload);
	}

	/**
	 * {@code DEM-<year>-<number>}: the year in France, the number from a database
	 * sequence (unique across nodes).
	 */
	private String nextReference() {
		Long number = Objects.requireNonNull(
				jdbc.queryForObject("SELECT nextval('request_case_reference_seq')", Long.class), "sequence");
		return SubmittedRequest.reference(FrenchDates.today(clock).getYear(), number);
	}

}
