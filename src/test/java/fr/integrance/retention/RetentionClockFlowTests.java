package fr.integrance.retention;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.CompletedEventPublications;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.transaction.support.TransactionOperations;

import fr.integrance.contracts.AffiliationEnded;
import fr.integrance.contracts.AffiliationId;
import fr.integrance.contracts.AffiliationStatus;
import fr.integrance.contracts.ContractId;
import fr.integrance.contracts.IndividualContract;
import fr.integrance.contracts.IndividualContractTerminated;
import fr.integrance.contracts.IndividualContracts;
import fr.integrance.contracts.NewIndividualContract;
import fr.integrance.people.NewPerson;
import fr.integrance.people.People;
import fr.integrance.people.PersonId;
import fr.integrance.platform.Civility;
import fr.integrance.platform.PersonName;
import fr.integrance.privacy.DataSubjectRef;

/**
 * The contracts module's events → the retention clocks: the end of an individual contract
 * starts {@code member-contract-6y}, the end of an affiliation's cover
 * {@code affiliate-contract-6y}, moved by portability, left by closing; each from its
 * last day of cover, for the register's six years.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES,
		extraIncludes = { "platform", "contracts", "people", "audit" })
@Tag("integration")
class RetentionClockFlowTests {

	@Autowired
	RetentionClocks clocks;

	@Autowired
	People people;

	@Autowired
	IndividualContracts contracts;

	@Autowired
	CompletedEventPublications completed;

	@Test
	void aTerminatedContractStartsTheMembersClock(Scenario scenario) {
		PersonId member = people
			.register(NewPerson.of(PersonName.of(Civility.MME, "Adhérente", "Test"), LocalDate.of(1970, 5, 4)));
		IndividualContract contract = contracts
			.open(new NewIndividualContract(member, "essentielle", LocalDate.of(2024, 1, 1), List.of()));
		contracts.activate(contract.id());
		RetainedRecord record = new RetainedRecord(RetainedRecord.Kind.INDIVIDUAL_CONTRACT, contract.id().value());

		scenario.stimulate(() -> contracts.terminate(contract.id(), LocalDate.of(2025, 6, 30), "départ"))
			.andWaitForStateChange(() -> clocks.find(record, "member-contract-6y"))
			.andVerify(found -> {
				RetentionClock clock = found.orElseThrow();
				assertThat(clock.subject()).isEqualTo(DataSubjectRef.person(member.value().toString()));
				assertThat(clock.trigger()).isEqualTo("contract-end");
				assertThat(clock.cause()).isEqualTo(ClockCause.CONTRACT_TERMINATED);
				assertThat(clock.startsOn()).isEqualTo(LocalDate.of(2025, 6, 30));
				assertThat(clock.endsOn()).isEqualTo(LocalDate.of(2031, 6, 30));
			});
		assertThat(clocks.ofSubject(DataSubjectRef.person(member.value().toString()))).hasSize(1);
	}

	@Test
	void portabilityMovesAnAffiliatesClockAndClosingLeavesIt(Scenario scenario) {
		AffiliationId affiliation = new AffiliationId(UUID.randomUUID());
		PersonId employee = PersonId.random();
		RetainedRecord record = new RetainedRecord(RetainedRecord.Kind.AFFILIATION, affiliation.value());

		scenario.publish(ended(affiliation, employee, AffiliationStatus.TERMINATED, LocalDate.of(2026, 4, 30)))
			.andWaitForStateChange(() -> clocks.find(record, "affiliate-contract-6y"))
			.andVerify(found -> assertThat(found.orElseThrow()).satisfies(clock -> {
				assertThat(clock.cause()).isEqualTo(ClockCause.AFFILIATION_TERMINATED);
				assertThat(clock.endsOn()).isEqualTo(LocalDate.of(2032, 4, 30));
			}));

		scenario.publish(ended(affiliation, employee, AffiliationStatus.PORTABILITY, LocalDate.of(2026, 10, 31)))
			.andWaitForStateChange(() -> clocks.find(record, "affiliate-contract-6y")
				.filter(clock -> clock.cause() == ClockCause.AFFILIATION_PORTABILITY))
			.andVerify(found -> assertThat(found.orElseThrow()).satisfies(clock -> {
				assertThat(clock.startsOn()).isEqualTo(LocalDate.of(2026, 10, 31));
				assertThat(clock.endsOn()).isEqualTo(LocalDate.of(2032, 10, 31));
			}));

		AffiliationEnded closed = ended(affiliation, employee, AffiliationStatus.CLOSED, LocalDate.of(2026, 10, 31));
		scenario.publish(closed)
			.andWaitForStateChange(() -> completedPublicationsOf(closed), count -> count == 1)
			.andVerify(count -> assertThat(clocks.find(record, "affiliate-contract-6y").orElseThrow().cause())
				.isEqualTo(ClockCause.AFFILIATION_PORTABILITY));
	}

	@Test
	void twoDeliveriesAboutOneRecordAtOnceBothCompleteWithTheLaterClock(Scenario scenario) {
		AffiliationId affiliation = new AffiliationId(UUID.randomUUID());
		PersonId employee = PersonId.random();
		AffiliationEnded terminated = ended(affiliation, employee, AffiliationStatus.TERMINATED,
				LocalDate.of(2026, 4, 30));
		AffiliationEnded portability = ended(affiliation, employee, AffiliationStatus.PORTABILITY,
				LocalDate.of(2026, 10, 31));

		scenario.stimulate((TransactionOperations transactions, ApplicationEventPublisher events) -> transactions
			.executeWithoutResult(status -> {
				events.publishEvent(terminated);
				events.publishEvent(portability);
			}))
			.andWaitForStateChange(() -> completedPublicationsOf(terminated) + completedPublicationsOf(portability),
					count -> count == 2)
			.andVerify(count -> assertThat(clocks
				.find(new RetainedRecord(RetainedRecord.Kind.AFFILIATION, affiliation.value()), "affiliate-contract-6y")
				.orElseThrow()
				.startsOn()).isEqualTo(LocalDate.of(2026, 10, 31)));
	}

	@Test
	void aRepeatedOrOlderEventLeavesTheClock(Scenario scenario) {
		ContractId contract = new ContractId(UUID.randomUUID());
		PersonId member = PersonId.random();
		IndividualContractTerminated terminated = new IndividualContractTerminated(contract, member,
				LocalDate.of(2025, 1, 31), LocalDate.of(2031, 1, 31));
		RetainedRecord record = new RetainedRecord(RetainedRecord.Kind.INDIVIDUAL_CONTRACT, contract.value());
		scenario.publish(terminated)
			.andWaitForStateChange(() -> clocks.find(record, "member-contract-6y"))
			.andVerify(found -> assertThat(found).isPresent());
		Optional<RetentionClock> first = clocks.find(record, "member-contract-6y");

		IndividualContractTerminated older = new IndividualContractTerminated(contract, member,
				LocalDate.of(2024, 1, 31), LocalDate.of(2030, 1, 31));
		scenario.publish(terminated)
			.andWaitForStateChange(() -> completedPublicationsOf(terminated), count -> count == 2)
			.andVerify(count -> assertThat(clocks.find(record, "member-contract-6y")).isEqualTo(first));
		scenario.publish(older)
			.andWaitForStateChange(() -> completedPublicationsOf(older), count -> count == 1)
			.andVerify(count -> assertThat(clocks.find(record, "member-contract-6y")).isEqualTo(first));
	}

	private static AffiliationEnded ended(AffiliationId affiliation, PersonId person, AffiliationStatus status,
			LocalDate lastDay) {
		return new AffiliationEnded(affiliation, person, status, lastDay, lastDay.plusYears(6));
	}

	/** How many deliveries of {@code event} have run to completion. */
	private long completedPublicationsOf(Object event) {
		return completed.findAll().stream().filter(publication -> event.equals(publication.getEvent())).count();
	}

}
