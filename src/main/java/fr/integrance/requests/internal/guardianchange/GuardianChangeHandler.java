package fr.integrance.requests.internal.guardianchange;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import fr.integrance.audit.AuditActor;
import fr.integrance.contracts.ContractId;
import fr.integrance.contracts.ContractStatus;
import fr.integrance.contracts.IndividualContract;
import fr.integrance.contracts.IndividualContracts;
import fr.integrance.contracts.PlanCatalogue;
import fr.integrance.contracts.ProtectedAdultCare;
import fr.integrance.contracts.Representation;
import fr.integrance.contracts.Representations;
import fr.integrance.people.ContactChanges;
import fr.integrance.people.PersonId;
import fr.integrance.platform.FrenchDates;
import fr.integrance.requests.Acceptance;
import fr.integrance.requests.FieldProblem;
import fr.integrance.requests.GuardianChange;
import fr.integrance.requests.RequestChannel;
import fr.integrance.requests.internal.RequestTypeHandler;

/**
 * A change asked by a guardian organisation's agent for a protected adult it represents:
 * a plan for the contract's next anniversary, the contact address and/or the care and
 * housing, or the end of the representation (death, end of the measure, change of
 * guardian). Accepting it, in the acceptance transaction: the plan is scheduled on the
 * anniversary; the address and the housing are replaced; the representation ends on the
 * last day given (from the next day the organisation no longer sees the adult) and, on a
 * death, the contract is terminated on that day. A request for an adult the organisation
 * does not represent today is refused.
 */
@Component
class GuardianChangeHandler extends RequestTypeHandler<GuardianChange> {

	static final String ACTOR = "guardian-change-case";

	private final IndividualContracts contracts;

	private final PlanCatalogue catalogue;

	private final Representations representations;

	private final ProtectedAdultCare care;

	private final ContactChanges contacts;

	private final Clock clock;

	GuardianChangeHandler(IndividualContracts contracts, PlanCatalogue catalogue, Representations representations,
			ProtectedAdultCare care, ContactChanges contacts, Clock clock) {
		super(GuardianChange.class);
		this.contracts = contracts;
		this.catalogue = catalogue;
		this.representations = representations;
		this.care = care;
		this.contacts = contacts;
		this.clock = clock;
	}

	@Override
	public String purposeOn(RequestChannel channel) {
		if (channel != RequestChannel.GUARDIANSPACE) {
			throw new IllegalArgumentException("A protected adult's change is asked from iTutelle");
		}
		return "itutelle-member-changes";
	}

	@Override
	public Acknowledgement acknowledgement() {
		return new Acknowledgement("guardianadhesion.change.mail.subject", "guardianadhesion.change.mail.received",
				"guardianadhesion.change.mail.next");
	}

	@Override
	public String view() {
		return "guardian-change";
	}

	@Override
	protected List<FieldProblem> check(GuardianChange request) {
		List<FieldProblem> problems = new ArrayList<>();
		LocalDate today = FrenchDates.today(clock);
		if (!representations.represents(request.guardianOrganisation(), new PersonId(request.adult()), today)) {
			problems.add(new FieldProblem("adult", "guardianadhesion.change.error.not-represented"));
			return problems;
		}
		switch (request.kind()) {
			case PLAN -> {
				if (request.planCode() == null || catalogue.plan(request.planCode()).isEmpty()) {
					problems.add(new FieldProblem("planCode", "guardianadhesion.error.plan"));
				}
				Optional<IndividualContract> contract = activeContract(request);
				if (contract.isEmpty()) {
					problems.add(new FieldProblem("planCode", "guardianadhesion.change.error.no-contract"));
				}
				else if (request.effectiveOn() == null
						|| !request.effectiveOn().equals(nextAnniversary(contract.get(), today))) {
					problems.add(new FieldProblem("effectiveOn", "contract.plan-change.anniversary"));
				}
			}
			case ADDRESS_HOUSING -> {
				if (request.address() == null && request.housing() == null) {
					problems.add(new FieldProblem("address", "guardianadhesion.change.error.nothing"));
				}
			}
			case TERMINATION -> {
				if (request.termination() == null) {
					problems.add(new FieldProblem("termination", "guardianadhesion.error.required"));
				}
				if (request.effectiveOn() == null || request.effectiveOn().isAfter(today)) {
					problems.add(new FieldProblem("effectiveOn", "guardianadhesion.change.error.last-day"));
				}
			}
		}
		return problems;
	}

	@Override
	protected Outcome apply(GuardianChange request, Acceptance acceptance, LocalDate acceptedOn) {
		PersonId adult = new PersonId(request.adult());
		@org.jspecify.annotations.Nullable
		ContractId contract = null;
		switch (request.kind()) {
			case PLAN -> {
				IndividualContract active = activeContract(request)
					.orElseThrow(() -> new IllegalStateException("the adult has no active contract"));
				contract = contracts
					.schedulePlanChange(active.id(), required(request.planCode()), required(request.effectiveOn()))
					.id();
			}
			case ADDRESS_HOUSING -> {
				if (request.address() != null) {
					contacts.changeAddress(adult, request.address(), AuditActor.system(ACTOR));
				}
				if (request.housing() != null) {
					care.changeHousing(adult, request.housing());
				}
			}
			case TERMINATION -> {
				LocalDate lastDay = required(request.effectiveOn());
				for (Representation representation : representations
					.validForOrganisation(request.guardianOrganisation(), FrenchDates.today(clock))) {
					if (representation.protectedAdult().equals(adult)) {
						LocalDate start = representation.validity().start();
						representations.end(representation.id(), lastDay.isBefore(start) ? start : lastDay);
					}
				}
				if (request.termination() == GuardianChange.Termination.DEATH) {
					Optional<IndividualContract> active = activeContract(request);
					if (active.isPresent()) {
						contract = contracts.terminate(active.get().id(), lastDay, "DEATH").id();
					}
				}
			}
		}
		return new Outcome(adult, contract);
	}

	private Optional<IndividualContract> activeContract(GuardianChange request) {
		PersonId adult = new PersonId(request.adult());
		return contracts.ofPerson(adult)
			.stream()
			.filter(contract -> contract.member().equals(adult) && contract.status() == ContractStatus.ACTIVE)
			.findFirst();
	}

	/** The first anniversary of the contract's start after today. */
	static LocalDate nextAnniversary(IndividualContract contract, LocalDate today) {
		LocalDate start = contract.startDate();
		LocalDate candidate = start.withYear(today.getYear());
		while (!candidate.isAfter(today)) {
			candidate = candidate.plusYears(1);
		}
		return candidate;
	}

	private static <T> T required(@org.jspecify.annotations.Nullable T value) {
		return java.util.Objects.requireNonNull(value, "checked when the request came in");
	}

}
