package fr.integrance.contracts.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

import lombok.RequiredArgsConstructor;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.integrance.contracts.ContractActivated;
import fr.integrance.contracts.ContractId;
import fr.integrance.contracts.ContractStatus;
import fr.integrance.contracts.IndividualContract;
import fr.integrance.contracts.IndividualContractTerminated;
import fr.integrance.contracts.IndividualContracts;
import fr.integrance.contracts.MemberNumber;
import fr.integrance.contracts.MemberRecognition;
import fr.integrance.contracts.NewDependant;
import fr.integrance.contracts.NewIndividualContract;
import fr.integrance.contracts.PlanCatalogue;
import fr.integrance.contracts.UnknownContractException;
import fr.integrance.people.NameKey;
import fr.integrance.people.People;
import fr.integrance.people.PersonId;
import fr.integrance.people.PersonRestrictedException;
import fr.integrance.people.PersonSummary;
import fr.integrance.people.UnknownPersonException;
import fr.integrance.platform.FrenchDates;
import fr.integrance.platform.InvalidValueException;

/** {@link IndividualContracts} and {@link MemberRecognition} on JPA. */
@Service
@Transactional
@RequiredArgsConstructor
class JpaIndividualContracts implements IndividualContracts, MemberRecognition {

	private final IndividualContractRepository contracts;

	private final People people;

	private final PlanCatalogue catalogue;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	@Override
	public IndividualContract open(NewIndividualContract contract) {
		if (catalogue.plan(contract.planCode()).isEmpty()) {
			throw new InvalidValueException("contract.plan.unknown");
		}
		requirePerson(contract.member());
		for (NewDependant dependant : contract.dependants()) {
			requirePerson(dependant.person());
		}
		long serial = contracts.nextMemberSerial();
		IndividualContractEntity entity = IndividualContractEntity.open(contract, MemberNumber.of(serial),
				clock.instant());
		return contracts.save(entity).toContract();
	}

	private void requirePerson(PersonId id) {
		if (people.summaries(List.of(id)).isEmpty()) {
			throw new UnknownPersonException(id);
		}
	}

	@Override
	public IndividualContract activate(ContractId id) {
		IndividualContract active = change(id, IndividualContractEntity::activate, false);
		events.publishEvent(new ContractActivated(active.id(), active.member(), active.memberNumber()));
		return active;
	}

	@Override
	public IndividualContract suspend(ContractId id, String reason) {
		return change(id, contract -> contract.suspend(reason), true);
	}

	@Override
	public IndividualContract resume(ContractId id) {
		return change(id, IndividualContractEntity::resume, true);
	}

	@Override
	public IndividualContract terminate(ContractId id, LocalDate endDate, String reason) {
		IndividualContract terminated = change(id,
				contract -> contract.terminate(endDate, reason, FrenchDates.today(clock)), true);
		events.publishEvent(new IndividualContractTerminated(terminated.id(), terminated.member(),
				Objects.requireNonNull(terminated.endDate(), "a terminated contract has an end"),
				Objects.requireNonNull(terminated.retentionUntil(), "and a retention clock")));
		return terminated;
	}

	@Override
	public IndividualContract addDependant(ContractId id, NewDependant dependant) {
		requirePerson(dependant.person());
		return change(id, contract -> contract.coverDependant(dependant), true);
	}

	@Override
	public IndividualContract endDependant(ContractId id, PersonId dependant, LocalDate lastDay) {
		return change(id, contract -> contract.endDependant(dependant, lastDay), true);
	}

	/**
	 * @param refusedWhenRestricted a change staff may not make while the member's
	 * processing is restricted
	 */
	private IndividualContract change(ContractId id, Consumer<IndividualContractEntity> transition,
			boolean refusedWhenRestricted) {
		IndividualContractEntity entity = contracts.findById(id.value())
			.orElseThrow(() -> new UnknownContractException("contract", id));
		// The contract's own flag is set by the restriction; the person's is checked as
		// well, for a contract opened after the restriction was recorded.
		PersonId member = new PersonId(entity.memberPersonId());
		PersonSummary person = refusedWhenRestricted ? people.summaries(List.of(member)).get(member) : null;
		if (person != null && person.restricted()) {
			throw new PersonRestrictedException(member);
		}
		transition.accept(entity);
		return entity.toContract();
	}

	@Override
	public IndividualContract schedulePlanChange(ContractId id, String planCode, LocalDate from) {
		if (catalogue.plan(planCode).isEmpty()) {
			throw new fr.integrance.platform.InvalidValueException("contract.plan.unknown");
		}
		return change(id, contract -> contract.schedulePlan(planCode, from, FrenchDates.today(clock)), true);
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<PlanChange> scheduledPlanChange(ContractId id) {
		return contracts.findById(id.value())
			.filter(entity -> entity.nextPlanCode() != null && entity.nextPlanFrom() != null
					&& entity.nextPlanFrom().isAfter(FrenchDates.today(clock)))
			.map(entity -> new PlanChange(Objects.requireNonNull(entity.nextPlanCode()),
					Objects.requireNonNull(entity.nextPlanFrom())));
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<IndividualContract> find(ContractId id) {
		return contracts.findById(id.value()).map(entity -> entity.toContract(FrenchDates.today(clock)));
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<IndividualContract> findByMemberNumber(MemberNumber number) {
		return contracts.findByMemberNumber(number.value()).map(IndividualContractEntity::toContract);
	}

	@Override
	@Transactional(readOnly = true)
	public List<IndividualContract> ofPerson(PersonId person) {
		LocalDate today = FrenchDates.today(clock);
		return contracts.findByPerson(person.value())
			.stream()
			.map(entity -> entity.toContract(today))
			.sorted(Comparator.comparing(IndividualContract::startDate)
				.reversed()
				.thenComparing(contract -> !contract.member().equals(person))
				.thenComparing(contract -> contract.id().value()))
			.toList();
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<PersonId> recognise(String lastName, String firstNames, LocalDate birthDate,
			MemberNumber memberNumber) {
		if (memberNumber == null || birthDate == null) {
			return Optional.empty();
		}
		Optional<IndividualContractEntity> contract = contracts.findByMemberNumber(memberNumber.value())
			.filter(found -> found.status() == ContractStatus.ACTIVE && !found.isRestricted());
		// The same work whether the number is unknown, inactive or active: a person is
		// always looked up (a random id when there is no contract), as a summary, whose
		// NIR is never decrypted.
		PersonId candidate = contract.map(found -> new PersonId(found.memberPersonId())).orElseGet(PersonId::random);
		PersonSummary person = people.summaries(List.of(candidate)).get(candidate);
		boolean matches = person != null && !person.restricted()
				&& birthDate.equals(person.birthDate()) & NameKey.same(lastName, person.name().lastName())
						& NameKey.same(firstNames, person.name().firstNames());
		return contract.isPresent() && matches ? Optional.of(candidate) : Optional.empty();
	}

}
