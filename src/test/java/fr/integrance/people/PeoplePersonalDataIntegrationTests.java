package fr.integrance.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import fr.integrance.IntegrationTest;
import fr.integrance.contracts.DependantType;
import fr.integrance.contracts.IndividualContract;
import fr.integrance.contracts.IndividualContracts;
import fr.integrance.contracts.NewDependant;
import fr.integrance.contracts.NewIndividualContract;
import fr.integrance.platform.Bic;
import fr.integrance.platform.Civility;
import fr.integrance.platform.Iban;
import fr.integrance.platform.Nir;
import fr.integrance.privacy.DataSubjectRef;
import fr.integrance.privacy.ErasureOutcome;
import fr.integrance.privacy.ExportSection;
import fr.integrance.privacy.PersonalDataProviders;
import fr.integrance.privacy.RestrictionGround;
import fr.integrance.privacy.RestrictionOutcome;

/**
 * Access, erasure and restriction of a person through the SPI, people and contracts
 * together.
 */
@IntegrationTest
class PeoplePersonalDataIntegrationTests {

	@Autowired
	People people;

	@Autowired
	IndividualContracts contracts;

	@Autowired
	PersonalDataProviders providers;

	PersonId person(String last, Nir nir) {
		return people.register(
				PeopleIntegrationTests.newPerson(Civility.MME, last, "Inès", null, LocalDate.of(1979, 4, 4), nir));
	}

	@Test
	void exportGivesThePersonsOwnDataButNotTheirDependants() {
		Nir nir = TestNirs.next();
		PersonId member = person("Export", nir);
		PersonId child = person("Enfant", null);
		people.addBankAccount(member, Iban.parse("FR1420041010050500013M02606"), Bic.parse("PSSTFRPPLYO"),
				"Inès Export");
		IndividualContract contract = contracts
			.open(new NewIndividualContract(member, "confort", LocalDate.of(2026, 1, 1),
					List.of(new NewDependant(child, DependantType.CHILD, LocalDate.of(2026, 1, 1)))));

		List<ExportSection> sections = providers.export(DataSubjectRef.person(member.toString()));

		Map<String, Object> identity = sections.stream()
			.filter(s -> s.module().equals("people") && s.category().equals("identification"))
			.findFirst()
			.orElseThrow()
			.records()
			.get(0);
		assertThat(identity).containsEntry("lastName", "Export").containsEntry("nir", nir.formatted());
		assertThat(sections).anySatisfy(s -> {
			assertThat(s.category()).isEqualTo("economic-financial");
			assertThat(s.records().get(0)).containsEntry("iban", "FR14 2004 1010 0505 0001 3M02 606");
		});
		assertThat(sections).anySatisfy(s -> {
			assertThat(s.module()).isEqualTo("contracts");
			assertThat(s.records().get(0)).containsEntry("memberNumber", contract.memberNumber().value());
		});
		assertThat(sections.toString() + sections.stream().map(ExportSection::records).toList())
			.doesNotContain(child.toString())
			.doesNotContain("Enfant");
		assertThat(providers.export(DataSubjectRef.person(child.toString())))
			.anySatisfy(s -> assertThat(s.records()).anySatisfy(r -> assertThat(r).containsEntry("type", "CHILD")));
	}

	@Test
	void eraseWhenContractRunsThenEverythingKeptUnderTheContractsRule() {
		PersonId member = person("Conservée", TestNirs.next());
		contracts.activate(
				contracts.open(new NewIndividualContract(member, "confort", LocalDate.of(2026, 1, 1), List.of())).id());

		List<ErasureOutcome> outcomes = providers.eraseOrAnonymise(DataSubjectRef.person(member.toString()));

		assertThat(outcomes).isNotEmpty().allSatisfy(o -> {
			assertThat(o.result()).isEqualTo(ErasureOutcome.Result.KEPT);
			assertThat(o.rule()).isEqualTo("member-contract-6y");
			assertThat(o.keptUntil()).isNull();
		});
		assertThat(people.find(member)).isPresent();
	}

	@Test
	void eraseWhenRetentionOverThenContractErasedAndPersonAnonymised() {
		Nir nir = TestNirs.next();
		PersonId member = person("Oubliée", nir);
		people.addBankAccount(member, Iban.parse("FR1420041010050500013M02606"), null, "Inès Oubliée");
		IndividualContract contract = contracts
			.open(new NewIndividualContract(member, "confort", LocalDate.of(2012, 1, 1), List.of()));
		contracts.activate(contract.id());
		contracts.terminate(contract.id(), LocalDate.of(2015, 12, 31), "résiliation");

		List<ErasureOutcome> outcomes = providers.eraseOrAnonymise(DataSubjectRef.person(member.toString()));

		// (the retention module's clock of the contract, recorded after the termination
		// commits, has its own tests)
		assertThat(outcomes).filteredOn(o -> !o.module().equals("retention"))
			.extracting(ErasureOutcome::result)
			.containsExactlyInAnyOrder(ErasureOutcome.Result.ERASED, ErasureOutcome.Result.ERASED,
					ErasureOutcome.Result.ANONYMISED);
		assertThat(contracts.find(contract.id())).isEmpty();
		assertThat(people.find(member)).isEmpty();
		assertThat(people.findByNir(nir)).isEmpty();
		assertThat(people.search("Oubliée", null, 10)).isEmpty();
		assertThat(people.bankAccounts(member)).isEmpty();
		// The NIR is free again: the same human may come back as a new person.
		assertThat(person("Revenue", nir)).isNotEqualTo(member);
	}

	@Test
	void eraseWhenTerminatedRecentlyThenKeptUntilEndPlusSixYears() {
		PersonId member = person("Récente", null);
		IndividualContract contract = contracts
			.open(new NewIndividualContract(member, "confort", LocalDate.of(2024, 1, 1), List.of()));
		contracts.activate(contract.id());
		contracts.terminate(contract.id(), LocalDate.of(2025, 12, 31), "résiliation");

		List<ErasureOutcome> outcomes = providers.eraseOrAnonymise(DataSubjectRef.person(member.toString()));

		assertThat(outcomes).filteredOn(o -> !o.module().equals("retention")).allSatisfy(o -> {
			assertThat(o.result()).isEqualTo(ErasureOutcome.Result.KEPT);
			assertThat(o.rule()).isEqualTo("member-contract-6y");
			assertThat(o.keptUntil()).isEqualTo(LocalDate.of(2031, 12, 31));
		});
	}

	@Test
	void restrictAndLiftCountTheRows() {
		PersonId member = person("Limitée", null);
		people.addBankAccount(member, Iban.parse("FR1420041010050500013M02606"), null, "Inès Limitée");
		contracts.open(new NewIndividualContract(member, "confort", LocalDate.of(2026, 1, 1), List.of()));
		DataSubjectRef subject = DataSubjectRef.person(member.toString());

		assertThat(providers.restrict(subject, RestrictionGround.ACCURACY_CONTESTED))
			.contains(new RestrictionOutcome("people", 2), new RestrictionOutcome("contracts", 1));
		assertThat(providers.restrict(subject, RestrictionGround.ACCURACY_CONTESTED))
			.contains(new RestrictionOutcome("people", 0), new RestrictionOutcome("contracts", 0));
		assertThat(providers.liftRestriction(subject)).contains(new RestrictionOutcome("people", 2),
				new RestrictionOutcome("contracts", 1));
	}

	@Test
	void otherKindsOfSubjectAndMalformedIdsHaveNothingHere() {
		assertThat(providers.export(DataSubjectRef.account("not-a-uuid"))).isEmpty();
		assertThat(providers.export(DataSubjectRef.person("not-a-uuid"))).isEmpty();
		assertThat(providers.eraseOrAnonymise(DataSubjectRef.visitor("v-1"))).isEmpty();
	}

}
