package fr.integrance.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import fr.integrance.IntegrationTest;
import fr.integrance.people.NewPerson;
import fr.integrance.people.People;
import fr.integrance.people.PersonId;
import fr.integrance.people.PersonRestrictedException;
import fr.integrance.platform.Civility;
import fr.integrance.platform.InvalidValueException;
import fr.integrance.platform.PersonName;
import fr.integrance.testsupport.Restrictions;

/** Opening, the state machine, lookups and the recognition of a member. */
@IntegrationTest
class IndividualContractsIntegrationTests {

	static final LocalDate BORN = LocalDate.of(1984, 6, 21);

	@Autowired
	People people;

	@Autowired
	IndividualContracts contracts;

	@Autowired
	MemberRecognition recognition;

	@Autowired
	ApplicationContext context;

	PersonId person(String last, String first, LocalDate born) {
		return people.register(NewPerson.of(PersonName.of(Civility.MME, last, first), born));
	}

	IndividualContract activeContract(PersonId member, List<NewDependant> dependants) {
		IndividualContract opened = contracts
			.open(new NewIndividualContract(member, "confort", LocalDate.of(2026, 1, 1), dependants));
		return contracts.activate(opened.id());
	}

	@Test
	void openAllocatesAUniqueValidMemberNumberAndStartsPending() {
		PersonId member = person("Noël", "Agathe", BORN);

		IndividualContract first = contracts
			.open(new NewIndividualContract(member, "essentielle", LocalDate.of(2026, 2, 1), List.of()));
		IndividualContract second = contracts
			.open(new NewIndividualContract(member, "serenite", LocalDate.of(2026, 2, 1), List.of()));

		assertThat(first.status()).isEqualTo(ContractStatus.PENDING);
		assertThat(MemberNumber.isValid(first.memberNumber().value())).isTrue();
		assertThat(first.memberNumber()).isNotEqualTo(second.memberNumber());
		assertThat(contracts.findByMemberNumber(first.memberNumber())).contains(first);
		assertThat(contracts.find(first.id())).contains(first);
	}

	@Test
	void openRefusesAPlanTheCatalogueLacks() {
		PersonId member = person("Noël", "Agathe", BORN);

		assertThatThrownBy(
				() -> contracts.open(new NewIndividualContract(member, "platine", LocalDate.of(2026, 2, 1), List.of())))
			.isInstanceOfSatisfying(InvalidValueException.class,
					ex -> assertThat(ex.messageKey()).isEqualTo("contract.plan.unknown"));
	}

	@Test
	void lifeCycleThenTerminationSetsRetentionAndEndsDependants() {
		PersonId member = person("Petit", "Jeanne", BORN);
		PersonId child = person("Petit", "Léo", LocalDate.of(2015, 3, 3));
		IndividualContract contract = activeContract(member,
				List.of(new NewDependant(child, DependantType.CHILD, LocalDate.of(2026, 1, 1))));

		assertThat(contracts.suspend(contract.id(), "cotisations impayées").status())
			.isEqualTo(ContractStatus.SUSPENDED);
		assertThat(contracts.resume(contract.id()).status()).isEqualTo(ContractStatus.ACTIVE);
		IndividualContract ended = contracts.terminate(contract.id(), LocalDate.of(2026, 9, 30), "résiliation");

		assertThat(ended.status()).isEqualTo(ContractStatus.TERMINATED);
		assertThat(ended.endDate()).isEqualTo(LocalDate.of(2026, 9, 30));
		assertThat(ended.retentionUntil()).isEqualTo(LocalDate.of(2032, 9, 30));
		assertThat(ended.dependants()).singleElement()
			.satisfies(d -> assertThat(d.until()).isEqualTo(LocalDate.of(2026, 9, 30)));
		assertThatThrownBy(() -> contracts.activate(contract.id())).isInstanceOf(InvalidTransitionException.class);
		assertThat(contracts.ofPerson(child)).extracting(IndividualContract::id).containsExactly(contract.id());
		assertThat(contracts.ofPerson(member)).extracting(IndividualContract::id).containsExactly(contract.id());
	}

	@Test
	void recogniseWhenEverythingMatchesThenThePerson() {
		PersonId member = person("N’Diaye-Le Goff", "Marie Ève", BORN);
		MemberNumber number = activeContract(member, List.of()).memberNumber();

		assertThat(recognition.recognise("ndiaye le goff", "MARIE-EVE", BORN, number)).contains(member);
	}

	@Test
	void recogniseWhenAnyPartIsWrongThenEmpty() {
		PersonId member = person("Fontaine", "Hugo", BORN);
		IndividualContract contract = activeContract(member, List.of());
		MemberNumber number = contract.memberNumber();
		MemberNumber unknown = MemberNumber.of(999_999_990L);

		assertThat(recognition.recognise("Fontaine", "Hugo", BORN.plusDays(1), number)).isEmpty();
		assertThat(recognition.recognise("Fontane", "Hugo", BORN, number)).isEmpty();
		assertThat(recognition.recognise("Fontaine", "Hugues", BORN, number)).isEmpty();
		assertThat(recognition.recognise("Fontaine", "Hugo", BORN, unknown)).isEmpty();
		assertThat(recognition.recognise("", "", BORN, number)).isEmpty();

		contracts.terminate(contract.id(), LocalDate.of(2026, 6, 30), "résiliation");
		assertThat(recognition.recognise("Fontaine", "Hugo", BORN, number)).isEmpty();
	}

	@Test
	void ofPersonFindsContractsAsMemberAndAsDependantWithTheirDependants() {
		PersonId parent = person("Garnier", "Paul", BORN);
		PersonId spouse = person("Garnier", "Lina", BORN);
		PersonId child = person("Garnier", "Tom", LocalDate.of(2016, 4, 4));
		IndividualContract own = activeContract(spouse,
				List.of(new NewDependant(child, DependantType.CHILD, LocalDate.of(2026, 1, 1))));
		IndividualContract asDependant = activeContract(parent,
				List.of(new NewDependant(spouse, DependantType.SPOUSE, LocalDate.of(2026, 1, 1)),
						new NewDependant(child, DependantType.CHILD, LocalDate.of(2026, 1, 1))));

		// the same start date: the contract held comes before the one covering as a
		// dependant, whatever order the database returns them in
		assertThat(contracts.ofPerson(spouse)).extracting(IndividualContract::id)
			.containsExactly(own.id(), asDependant.id());
		assertThat(contracts.ofPerson(spouse)).filteredOn(c -> c.id().equals(asDependant.id()))
			.singleElement()
			.satisfies(c -> assertThat(c.dependants()).extracting(Dependant::person)
				.containsExactlyInAnyOrder(spouse, child));
		assertThat(contracts.ofPerson(child)).extracting(IndividualContract::id)
			.containsExactlyInAnyOrder(own.id(), asDependant.id());
		assertThat(contracts.ofPerson(PersonId.random())).isEmpty();
	}

	@Test
	void aRestrictedMemberIsNotRecognisedAndTheirContractDoesNotChange() {
		PersonId member = person("Roussel", "Inès", BORN);
		IndividualContract contract = activeContract(member, List.of());
		assertThat(recognition.recognise("Roussel", "Inès", BORN, contract.memberNumber())).contains(member);

		Restrictions.restrict(context, member);

		assertThat(recognition.recognise("Roussel", "Inès", BORN, contract.memberNumber())).isEmpty();
		assertThatThrownBy(() -> contracts.suspend(contract.id(), "x")).isInstanceOf(PersonRestrictedException.class);
		assertThatThrownBy(() -> contracts.terminate(contract.id(), LocalDate.of(2026, 3, 31), "x"))
			.isInstanceOf(PersonRestrictedException.class);
		assertThat(contracts.find(contract.id()).orElseThrow()).satisfies(c -> {
			assertThat(c.status()).isEqualTo(ContractStatus.ACTIVE);
			assertThat(c.restricted()).isTrue();
		});
		assertThatThrownBy(() -> people.changeContact(member, null, null))
			.isInstanceOf(PersonRestrictedException.class);
	}

	@Test
	void aContractOpenedAfterTheRestrictionIsRefusedChangesToo() {
		PersonId member = person("Perrin", "Zoé", BORN);
		Restrictions.restrict(context, member);
		IndividualContract contract = activeContract(member, List.of());

		assertThatThrownBy(() -> contracts.suspend(contract.id(), "x")).isInstanceOf(PersonRestrictedException.class);
		assertThat(recognition.recognise("Perrin", "Zoé", BORN, contract.memberNumber())).isEmpty();
	}

	@Test
	void terminationAfterTodayIsRefused() {
		IndividualContract contract = activeContract(person("Marchand", "Léa", BORN), List.of());

		assertThatThrownBy(() -> contracts.terminate(contract.id(), LocalDate.now().plusDays(2), "x"))
			.isInstanceOfSatisfying(InvalidValueException.class,
					ex -> assertThat(ex.messageKey()).isEqualTo("contract.end-after-today"));
		assertThat(contracts.find(contract.id()).orElseThrow().status()).isEqualTo(ContractStatus.ACTIVE);
	}

	@Test
	void recogniseWhenContractPendingThenEmpty() {
		PersonId member = person("Moulin", "Rose", BORN);
		MemberNumber number = contracts
			.open(new NewIndividualContract(member, "confort", LocalDate.of(2026, 1, 1), List.of()))
			.memberNumber();

		assertThat(recognition.recognise("Moulin", "Rose", BORN, number)).isEmpty();
	}

}
