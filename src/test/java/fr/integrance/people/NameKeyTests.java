package fr.integrance.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import fr.integrance.platform.Civility;
import fr.integrance.platform.EmailAddress;
import fr.integrance.platform.Iban;
import fr.integrance.platform.Nir;
import fr.integrance.platform.PersonName;
import fr.integrance.platform.PhoneNumber;
import fr.integrance.platform.PostalAddress;

/** Name keys (search and recognition) and the masking of people's records. */
class NameKeyTests {

	@ParameterizedTest(name = "{0} → {1}")
	@CsvSource(delimiter = '|',
			value = { "Martin|MARTIN", "  martin |MARTIN", "Lefèvre|LEFEVRE", "Éloïse|ELOISE",
					"N’Diaye-Le Goff|NDIAYELEGOFF", "N'Diaye le goff|NDIAYELEGOFF", "Œdipe|OEDIPE", "Lætitia|LAETITIA",
					"Straße|STRASSE", "Çağlar|CAGLAR", "Jean-Pierre|JEANPIERRE", "Müller|MULLER", "Ñúñez|NUNEZ" })
	void keyIsUpperCaseWithoutAccentsOrPunctuation(String name, String key) {
		assertThat(NameKey.of(name).value()).isEqualTo(key);
	}

	@Test
	void sameComparesKeysAndNeverMatchesEmptyNames() {
		assertThat(NameKey.same("Marie-Ève", "MARIE EVE")).isTrue();
		assertThat(NameKey.same("Marie", "Marie-Ève")).isFalse();
		assertThat(NameKey.same("", "")).isFalse();
		assertThat(NameKey.same(null, "-")).isFalse();
		assertThat(NameKey.of(null).isEmpty()).isTrue();
	}

	@Test
	void recordsMaskPersonalDataInToString() {
		Nir nir = Nir.parse("295109912611193");
		Person person = new Person(new PersonId(UUID.randomUUID()), PersonName.of(Civility.MME, "Durand", "Alice"),
				LocalDate.of(1995, 10, 1), nir, EmailAddress.of("alice.durand@example.org"),
				PhoneNumber.parse("0612345678"), PostalAddress.of(List.of("1 rue Secrète"), "69001", "Lyon", "FR"),
				null, null, null, false);
		BankAccount account = new BankAccount(new BankAccountId(UUID.randomUUID()), person.id(),
				Iban.parse("FR1420041010050500013M02606"), null, "Alice Durand", null);

		assertThat(person.toString()).doesNotContain("Durand", "Alice", "1995", nir.normalised(), "alice.durand",
				"612345678", "Secrète", "Lyon");
		assertThat(account.toString()).doesNotContain("Alice", "20041010050500013");
		assertThat(NewPerson.of(person.name(), person.birthDate()).toString()).doesNotContain("Durand", "1995");
	}

}
