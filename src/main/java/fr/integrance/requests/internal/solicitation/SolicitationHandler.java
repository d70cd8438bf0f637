package fr.integrance.requests.internal.solicitation;

import java.util.List;

import org.springframework.stereotype.Component;

import fr.integrance.requests.Acceptance;
import fr.integrance.requests.FieldProblem;
import fr.integrance.requests.RequestChannel;
import fr.integrance.requests.Solicitation;
import fr.integrance.requests.internal.RequestTypeHandler;

/**
 * A sollicitation: any question or request from a member or a prospect. Accepting it
 * answers it: the answer is required, sent to the sender and kept in the thread; nothing
 * else changes.
 */
@Component
class SolicitationHandler extends RequestTypeHandler<Solicitation> {

	SolicitationHandler() {
		super(Solicitation.class);
	}

	@Override
	public String purposeOn(RequestChannel channel) {
		return switch (channel) {
			case WEBSITE -> "website-requests";
			case MEMBERSPACE -> "iadherent-member-requests";
			case GUARDIANSPACE -> "itutelle-member-requests";
		};
	}

	@Override
	public Acknowledgement acknowledgement() {
		return new Acknowledgement("intake.mail.solicitation.subject", "cases.mail.ack.solicitation.received",
				"cases.mail.ack.solicitation.next");
	}

	@Override
	public String view() {
		return "solicitation";
	}

	@Override
	protected List<FieldProblem> checkAcceptance(Solicitation solicitation, Acceptance acceptance) {
		return acceptance.givenAnswer() == null ? List.of(new FieldProblem("answer", "cases.error.answer.required"))
				: List.of();
	}

	@Override
	public boolean answersSender() {
		return true;
	}

}
