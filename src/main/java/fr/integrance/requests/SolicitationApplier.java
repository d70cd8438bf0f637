package fr.integrance.requests;

import java.time.LocalDate;
import java.util.UUID;

import org.springframework.stereotype.Component;

/**
 * Accepting a sollicitation answers it: the answer is required, sent to the sender and
 * kept in the thread.
 */
@Component
class SolicitationApplier implements CaseApplier {

	private final CaseThread thread;

	SolicitationApplier(CaseThread thread) {
		this.thread = thread;
	}

	@Override
	public RequestType type() {
		return RequestType.SOLICITATION;
	}

	@Override
	public Applied apply(RequestCase requestCase, UUID actor, Acceptance acceptance, LocalDate acceptedOn) {
		String answer = acceptance.answer();
		if (answer == null || answer.isBlank()) {
			throw new ReasonRequiredException(RequestStatus.ACCEPTED);
		}
		thread.writeToSender(requestCase, CaseMails.Kind.ANSWERED, actor, answer);
		return Applied.NOTHING;
	}

}
