package fr.integrance.requests.internal.dependantremoval;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import fr.integrance.contracts.IndividualContract;
import fr.integrance.contracts.IndividualContracts;
import fr.integrance.requests.Acceptance;
import fr.integrance.requests.DependantRemoval;
import fr.integrance.requests.FieldProblem;
import fr.integrance.requests.FieldProblemsException;
import fr.integrance.requests.RequestChannel;
import fr.integrance.requests.internal.RequestTypeHandler;

/**
 * A member's request to end a dependant's cover. Its rules: the member's own contract,
 * the dependant covered on the last day asked or later. Accepting it needs an answer
 * (mailed to the member and kept in the thread) and ends the cover on that day.
 */
@Component
class DependantRemovalHandler extends RequestTypeHandler<DependantRemoval> {

	private final IndividualContracts contracts;

	DependantRemovalHandler(IndividualContracts contracts) {
		super(DependantRemoval.class);
		this.contracts = contracts;
	}

	@Override
	public String purposeOn(RequestChannel channel) {
		return switch (channel) {
			case MEMBERSPACE -> "iadherent-member-changes";
			// a guardian organisation changes a protected adult's beneficiaries in
			// iTutelle
			case GUARDIANSPACE -> "itutelle-member-changes";
			case WEBSITE -> throw new IllegalArgumentException(
					"A member changes their family in iAdhérent (or an organisation in iTutelle)");
		};
	}

	@Override
	public Acknowledgement acknowledgement() {
		return new Acknowledgement("memberfamily.mail.ack.removal.subject", "memberfamily.mail.ack.removal.received",
				"memberfamily.mail.ack.next");
	}

	@Override
	public Acknowledgement acknowledgementOn(RequestChannel channel) {
		return channel == RequestChannel.GUARDIANSPACE
				? new Acknowledgement("guardianchanges.beneficiary.mail.ack.removal.subject",
						"guardianchanges.beneficiary.mail.ack.removal.received",
						"guardianchanges.beneficiary.mail.ack.next")
				: acknowledgement();
	}

	@Override
	public String view() {
		return "dependant-removal";
	}

	@Override
	protected List<FieldProblem> check(DependantRemoval request) {
		List<FieldProblem> problems = new ArrayList<>();
		Optional<IndividualContract> contract = contracts.find(request.contract())
			.filter(found -> found.member().equals(request.member()));
		boolean covered = contract.isPresent() && contract.get()
			.dependants()
			.stream()
			.anyMatch(dependant -> dependant.person().equals(request.dependant())
					&& (dependant.until() == null || !dependant.until().isBefore(request.lastDay())));
		if (!covered) {
			problems.add(new FieldProblem("lastDay", "memberfamily.error.removal.not-covered"));
		}
		return problems;
	}

	@Override
	protected List<FieldProblem> checkAcceptance(DependantRemoval request, Acceptance acceptance) {
		return acceptance.givenAnswer() == null ? List.of(new FieldProblem("answer", "cases.error.answer.required"))
				: List.of();
	}

	@Override
	public boolean answersSender() {
		return true;
	}

	@Override
	protected Outcome apply(DependantRemoval request, Acceptance acceptance, LocalDate acceptedOn) {
		List<FieldProblem> problems = check(request);
		if (!problems.isEmpty()) {
			// what changed since the request was sent, told beside the acceptance's
			// answer
			throw new FieldProblemsException(
					problems.stream().map(problem -> new FieldProblem("answer", problem.messageKey())).toList());
		}
		contracts.endDependant(request.contract(), request.dependant(), request.lastDay());
		return new Outcome(null, request.contract());
	}

}
