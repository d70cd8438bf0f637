package fr.integrance.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import fr.integrance.IntegrationTest;
import fr.integrance.platform.Bic;
import fr.integrance.platform.Civility;
import fr.integrance.platform.EmailAddress;
import fr.integrance.platform.Iban;
import fr.integrance.platform.Nir;
import fr.integrance.platform.PersonName;
import fr.integrance.platform.PhoneNumber;
import fr.integrance.platform.PostalAddress;

/**
 * Register, find, search by name prefix and birth date, find by NIR, bank accounts and
 * mandates.
 */
@IntegrationTest
class PeopleIntegrationTests {

	@Autowired
	People people;

	@Autowired
	JdbcTemplate jdbc;

	static NewPerson newPerson(Civility civility, String lastName, String firstNames, String birthName,
			LocalDate birthDate, Nir nir) {
		return new NewPerson(PersonName.of(civility, lastName, firstNames, birthName), birthDate, nir,
				EmailAddress.of("p" + System.nanoTime() + "@example.org"), PhoneNumber.parse("0612345678"),
				PostalAddress.of(List.of("12 rue de la République"), "69002", "Lyon", "FR"), FamilySituation.MARRIED,
				MandatoryScheme.GENERAL, "CPAM du Rhône");
	}

	@Test
	void registerThenFindGivesBackEveryFieldWithTheNirDecrypted() {
		Nir nir = TestNirs.next();
		NewPerson person = newPerson(Civility.MME, "Lefèbvre", "Anne Marie", "Dupuis", LocalDate.of(1980, 5, 17), nir);

		PersonId id = people.register(person);

		Person found = people.find(id).orElseThrow();
		assertThat(found.name()).isEqualTo(person.name());
		assertThat(found.birthDate()).isEqualTo(person.birthDate());
		assertThat(found.nir()).isEqualTo(nir);
		assertThat(found.email()).isEqualTo(person.email());
		assertThat(found.phone()).isEqualTo(person.phone());
		assertThat(found.address()).isEqualTo(person.address());
		assertThat(found.familySituation()).isEqualTo(FamilySituation.MARRIED);
		assertThat(found.scheme()).isEqualTo(MandatoryScheme.GENERAL);
		assertThat(found.schemeFund()).isEqualTo("CPAM du Rhône");
		String stored = jdbc.queryForObject("SELECT nir FROM person WHERE id = ?", String.class, id.value());
		assertThat(stored).startsWith("v1:").doesNotContain(nir.normalised());
	}

	@Test
	void registerWhenNirAlreadyHeldThenRefused() {
		Nir nir = TestNirs.next();
		people.register(newPerson(Civility.M, "Durand", "Paul", null, LocalDate.of(1970, 1, 2), nir));

		assertThatThrownBy(
				() -> people.register(newPerson(Civility.M, "Durant", "Paul", null, LocalDate.of(1970, 1, 2), nir)))
			.isInstanceOf(NirAlreadyRegisteredException.class);
	}

	@Test
	void registerAllRegistersInOrderWithTheNirsEncryptedAndFindByNirsFindsTheHolders() {
		Nir first = TestNirs.next();
		Nir second = TestNirs.next();
		Nir unknown = TestNirs.next();

		List<PersonId> ids = people
			.registerAll(List.of(newPerson(Civility.MME, "Aubert", "Léa", null, LocalDate.of(1981, 2, 3), first),
					newPerson(Civility.M, "Aubert", "Théo", null, LocalDate.of(1982, 4, 5), null),
					newPerson(Civility.M, "Bastide", "Marc", null, LocalDate.of(1983, 6, 7), second)));

		assertThat(ids).hasSize(3).doesNotHaveDuplicates();
		assertThat(people.find(ids.get(0)).orElseThrow().nir()).isEqualTo(first);
		assertThat(people.find(ids.get(1)).orElseThrow().name().firstNames()).isEqualTo("Théo");
		assertThat(jdbc.queryForObject("SELECT nir FROM person WHERE id = ?", String.class, ids.get(2).value()))
			.startsWith("v1:")
			.doesNotContain(second.normalised());
		Map<Nir, PersonSummary> holders = people.findByNirs(List.of(first, second, unknown));
		assertThat(holders).containsOnlyKeys(first, second);
		assertThat(holders.get(second).id()).isEqualTo(ids.get(2));
	}

	@Test
	void registerAllWithANirAlreadyHeldOrGivenTwiceRegistersNobody() {
		Nir held = TestNirs.next();
		people.register(newPerson(Civility.M, "Durand", "Paul", null, LocalDate.of(1970, 1, 2), held));
		Nir twice = TestNirs.next();
		Nir fresh = TestNirs.next();

		assertThatThrownBy(() -> people
			.registerAll(List.of(newPerson(Civility.M, "Caron", "Luc", null, LocalDate.of(1971, 1, 2), fresh),
					newPerson(Civility.M, "Durant", "Paul", null, LocalDate.of(1970, 1, 2), held))))
			.isInstanceOf(NirAlreadyRegisteredException.class);
		assertThatThrownBy(() -> people
			.registerAll(List.of(newPerson(Civility.M, "Caron", "Luc", null, LocalDate.of(1971, 1, 2), twice),
					newPerson(Civility.M, "Caron", "Lucien", null, LocalDate.of(1971, 1, 2), twice))))
			.isInstanceOf(NirAlreadyRegisteredException.class);
		assertThat(people.findByNirs(List.of(twice, fresh))).isEmpty();
	}

	@Test
	void searchMatchesPrefixWithoutCaseOrAccentsAndFiltersOnBirthDate() {
		LocalDate born = LocalDate.of(1965, 3, 4);
		PersonId eloise = people.register(newPerson(Civility.MME, "Zéphyrin-Öst", "Éloïse", null, born, null));
		PersonId bruno = people
			.register(newPerson(Civility.M, "ZEPHYRIN", "Bruno", null, LocalDate.of(1990, 1, 1), null));
		PersonId married = people
			.register(newPerson(Civility.MME, "Autre", "Claire", "Zéphyrin", LocalDate.of(1991, 2, 3), null));

		PersonId both = people
			.register(newPerson(Civility.MME, "Zéphyrine", "Anne", "Zéphyr", LocalDate.of(1980, 5, 6), null));

		// In the order of the name that matched (usage or birth name), then of birth
		// dates; a person matched by both names once, under the first of them.
		assertThat(people.search("zephyr", null, 10)).extracting(PersonSummary::id)
			.containsExactly(both, bruno, married, eloise);
		PersonSummary found = people.search("zephyrin", LocalDate.of(1991, 2, 3), 10)
			.stream()
			.filter(summary -> summary.id().equals(married))
			.findFirst()
			.orElseThrow();
		assertThat(found.name().lastName()).isEqualTo("Autre");
		assertThat(found.name().birthName()).contains("Zéphyrin");
		assertThat(found.birthDate()).isEqualTo(LocalDate.of(1991, 2, 3));
		assertThat(found.name().firstNames()).isEqualTo("Claire");
		assertThat(found.postalCode()).isEqualTo("69002");
		assertThat(found.city()).isEqualTo("Lyon");
		assertThat(found.restricted()).isFalse();
		assertThat(people.search("  Zéphyrin Ost", null, 10)).extracting(PersonSummary::id).containsExactly(eloise);
		assertThat(people.search("ZEPHYRIN", born, 10)).extracting(PersonSummary::id).containsExactly(eloise);
		assertThat(people.search("zephyr", null, 2)).hasSize(2);
		assertThat(people.search("  ", null, 10)).isEmpty();
	}

	@Test
	void findByNirAndSummaries() {
		Nir nir = TestNirs.next();
		PersonId id = people.register(newPerson(Civility.M, "Garcia", "Luis", null, LocalDate.of(1975, 7, 8), nir));

		assertThat(people.findByNir(nir)).map(PersonSummary::id).contains(id);
		assertThat(people.findByNir(TestNirs.next())).isEmpty();
		Map<PersonId, PersonSummary> summaries = people.summaries(List.of(id, PersonId.random()));
		assertThat(summaries).containsOnlyKeys(id);
		assertThat(summaries.get(id).city()).isEqualTo("Lyon");
		assertThat(summaries.get(id).postalCode()).isEqualTo("69002");
	}

	@Test
	void changeContactReplacesEmailAndPhone() {
		PersonId id = people
			.register(NewPerson.of(PersonName.of(Civility.M, "Roux", "Jean"), LocalDate.of(1950, 1, 1)));

		people.changeContact(id, EmailAddress.of("jean.roux@example.org"), null);

		assertThat(people.find(id).orElseThrow().email()).isEqualTo(EmailAddress.of("jean.roux@example.org"));
		assertThat(people.find(id).orElseThrow().phone()).isNull();
		assertThatThrownBy(() -> people.changeContact(PersonId.random(), null, null))
			.isInstanceOf(UnknownPersonException.class);
	}

	@Test
	void bankAccountWithMandateSignedThenRevoked() {
		PersonId id = people
			.register(NewPerson.of(PersonName.of(Civility.MME, "Blanc", "Lise"), LocalDate.of(1988, 9, 9)));
		Iban iban = Iban.parse("FR14 2004 1010 0505 0001 3M02 606");

		BankAccountId account = people.addBankAccount(id, iban, Bic.parse("PSSTFRPPLYO"), "Lise Blanc");
		DirectDebitMandate mandate = people.signMandate(account, LocalDate.of(2026, 1, 15));
		DirectDebitMandate other = people.signMandate(people.addBankAccount(id, iban, null, "Lise Blanc"),
				LocalDate.of(2026, 1, 16));

		assertThat(mandate.rum()).matches("ITG-\\d{12}").isNotEqualTo(other.rum());
		assertThatThrownBy(() -> people.signMandate(account, LocalDate.of(2026, 2, 1)))
			.isInstanceOf(IllegalStateException.class);
		people.revokeMandate(account, LocalDate.of(2026, 3, 1));
		List<BankAccount> accounts = people.bankAccounts(id);
		assertThat(accounts).hasSize(2);
		assertThat(accounts.get(0).iban()).isEqualTo(iban);
		assertThat(accounts.get(0).mandate().revokedOn()).isEqualTo(LocalDate.of(2026, 3, 1));
		String stored = jdbc.queryForObject("SELECT iban FROM person_bank_account WHERE id = ?", String.class,
				account.value());
		assertThat(stored).startsWith("v1:").doesNotContain(iban.value());
	}

}
