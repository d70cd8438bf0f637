package fr.integrance.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import fr.integrance.IntegrationTest;
import fr.integrance.platform.Bic;
import fr.integrance.platform.Iban;
import fr.integrance.audit.AuditActor;
import fr.integrance.contracts.ContractFile;
import fr.integrance.contracts.ContractFiles;
import fr.integrance.contracts.ContractId;
import fr.integrance.contracts.DependantType;
import fr.integrance.contracts.IndividualContract;
import fr.integrance.contracts.NewDependant;
import fr.integrance.contracts.UnknownContractException;
import fr.integrance.testsupport.PeopleFixtures;

/**
 * Reads that journal themselves: a person's file and a contract, opened for a reader
 * through the people and contracts modules, each write their audit entries in the read's
 * transaction, naming the reader and the person.
 */
@IntegrationTest
class PersonFilesIntegrationTests {

	static final AuditActor READER = AuditActor.account(UUID.fromString("0b6f2a52-7a0e-4d0e-9f1e-3c4c9a3b1d77"));

	@Autowired
	PersonFiles personFiles;

	@Autowired
	ContractFiles contractFiles;

	@Autowired
	People people;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TransactionTemplate transactions;

	PeopleFixtures fixtures;

	@BeforeEach
	void fixtures() {
		fixtures = new PeopleFixtures(context);
	}

	static String uniqueName(String start) {
		StringBuilder name = new StringBuilder(start);
		ThreadLocalRandom random = ThreadLocalRandom.current();
		for (int i = 0; i < 8; i++) {
			name.append((char) ('a' + random.nextInt(26)));
		}
		return name.toString();
	}

	List<Map<String, Object>> entries(String object) {
		return jdbc.queryForList(
				"SELECT actor, action, subject_ref FROM audit_entry WHERE object_ref = ? ORDER BY sequence", object);
	}

	@Test
	void openingAPersonsFileJournalsTheReadAndTheNirShownInFull() {
		PersonId person = fixtures.person(uniqueName("Lecture"), "Aline", LocalDate.of(1970, 5, 6));

		assertThat(personFiles.open(person, READER).id()).isEqualTo(person);
		assertThat(personFiles.openShowingNir(person, READER).id()).isEqualTo(person);

		assertThat(entries("person:" + person.value())).extracting(e -> e.get("action"))
			.containsExactly("person.read", "person.read", "person.nir-revealed");
		assertThat(entries("person:" + person.value())).allSatisfy(e -> {
			assertThat(e.get("actor")).isEqualTo(READER.ref());
			assertThat(e.get("subject_ref")).isEqualTo("PERSON:" + person.value());
		});
	}

	@Test
	void anOpeningIsJournaledByTheTimeItIsClosed() {
		PersonId person = fixtures.person(uniqueName("Ouverture"), "Aline", LocalDate.of(1970, 5, 6));

		try (PersonFiles.Opening opening = personFiles.opening(person, READER)) {
			assertThat(opening.person().id()).isEqualTo(person);
		}

		assertThat(entries("person:" + person.value())).singleElement().satisfies(e -> {
			assertThat(e.get("action")).isEqualTo("person.read");
			assertThat(e.get("actor")).isEqualTo(READER.ref());
			assertThat(e.get("subject_ref")).isEqualTo("PERSON:" + person.value());
		});
	}

	@Test
	void anOpeningCarriesThePersonsBankAccountsAsTheyAreListed() {
		PersonId none = fixtures.person(uniqueName("SansCompte"), "Aline", LocalDate.of(1970, 5, 6));
		PersonId two = fixtures.person(uniqueName("DeuxComptes"), "Basile", LocalDate.of(1971, 6, 7));
		people.addBankAccount(two, Iban.parse("FR76 3000 6000 0112 3456 7890 189"), Bic.parse("BNPAFRPP"),
				"Basile Deuxcomptes");
		people.addBankAccount(two, Iban.parse("DE89 3704 0044 0532 0130 00"), null, "Basile Deuxcomptes");

		try (PersonFiles.Opening opening = personFiles.opening(none, READER)) {
			assertThat(opening.person().id()).isEqualTo(none);
			assertThat(opening.bankAccounts()).isEmpty();
		}
		try (PersonFiles.Opening opening = personFiles.opening(two, READER)) {
			assertThat(opening.person().id()).isEqualTo(two);
			assertThat(opening.bankAccounts()).hasSize(2).isEqualTo(people.bankAccounts(two));
			assertThat(opening.bankAccounts()).extracting(account -> account.iban().value())
				.containsExactly("FR7630006000011234567890189", "DE89370400440532013000");
		}
	}

	@Test
	void anUnknownPersonOrContractIsNotFoundAndNothingIsJournaled() {
		PersonId unknown = PersonId.random();
		ContractId none = new ContractId(UUID.randomUUID());

		assertThatThrownBy(() -> personFiles.open(unknown, READER)).isInstanceOf(UnknownPersonException.class);
		assertThatThrownBy(() -> personFiles.opening(unknown, READER)).isInstanceOf(UnknownPersonException.class);
		assertThatThrownBy(() -> contractFiles.open(none, READER)).isInstanceOf(UnknownContractException.class);
		assertThatThrownBy(() -> contractFiles.resume(none, READER)).isInstanceOf(UnknownContractException.class);
		assertThat(entries("person:" + unknown.value())).isEmpty();
		assertThat(entries("contract:" + none.value())).isEmpty();
	}

	@Test
	void openingAContractJournalsAReadOfEachPersonItShowsInTheSameTransaction() {
		String family = uniqueName("Famille");
		PersonId member = fixtures.person(family, "Bruno", LocalDate.of(1975, 1, 2));
		PersonId child = fixtures.person(family, "Chloé", LocalDate.of(2012, 3, 4));
		IndividualContract contract = fixtures.activeContract(member, LocalDate.of(2025, 1, 1),
				List.of(new NewDependant(child, DependantType.CHILD, LocalDate.of(2025, 1, 1))));
		String object = "contract:" + contract.id().value();

		transactions.executeWithoutResult(status -> {
			contractFiles.open(contract.id(), READER);
			status.setRollbackOnly();
		});
		assertThat(entries(object)).isEmpty();

		ContractFile file = contractFiles.open(contract.id(), READER);

		assertThat(file.persons()).containsOnlyKeys(member, child);
		assertThat(file.member().id()).isEqualTo(member);
		assertThat(entries(object)).extracting(e -> e.get("subject_ref"))
			.containsExactly("PERSON:" + member.value(), "PERSON:" + child.value());
	}

}
