package fr.integrance.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Names as French forms ask them: letters with accents, spaces, hyphens and apostrophes.
 */
class PersonNameTests {

	@ParameterizedTest
	@ValueSource(strings = { "Dupont", "N'Diaye", "N’Diaye", "Le Goff", "Saint-Exupéry", "Ærøskøbing", "Çelik",
			"de La Tour d'Auvergne", "Nguyễn" })
	void acceptsRealLastNames(String lastName) {
		assertThat(PersonName.of(Civility.M, lastName, "Jean").lastName()).isEqualTo(lastName);
	}

	@ParameterizedTest
	@ValueSource(strings = { "Dupont2", "Du--pont", "-Dupont", "Dupont-", "'Dupont", "Du_pont", "Dupont.", "<script>" })
	void rejectsDigitsSymbolsAndDanglingSeparators(String lastName) {
		assertThatThrownBy(() -> PersonName.of(Civility.M, lastName, "Jean"))
			.hasMessage("person-name.last-name.invalid");
	}

	@Test
	void tidiesSpacesAndComposesAccents() {
		PersonName name = PersonName.of(Civility.MME, "  Le   Goff ", "Marie  Louise", "Me\u0301nard");

		assertThat(name.lastName()).isEqualTo("Le Goff");
		assertThat(name.firstNames()).isEqualTo("Marie Louise");
		assertThat(name.birthName()).contains("Ménard");
		assertThat(name.fullName()).isEqualTo("Marie Louise Le Goff");
	}

	@Test
	void aBirthNameEqualToTheLastNameOrBlankIsNone() {
		assertThat(PersonName.of(Civility.MME, "Martin", "Claire", "Martin").birthName()).isEmpty();
		assertThat(PersonName.of(Civility.MME, "Martin", "Claire", " ").birthName()).isEmpty();
	}

	@Test
	void rejectsMissingCivilityEmptyAndOverlongParts() {
		assertThatThrownBy(() -> PersonName.of(null, "Martin", "Claire")).hasMessage("person-name.civility.required");
		assertThatThrownBy(() -> PersonName.of(Civility.MME, "Martin", " "))
			.hasMessage("person-name.first-names.invalid");
		assertThatThrownBy(() -> PersonName.of(Civility.MME, "a".repeat(101), "Claire"))
			.hasMessage("person-name.last-name.invalid");
		assertThat(PersonName.of(Civility.MME, "a".repeat(100), "Claire").lastName()).hasSize(100);
		assertThatThrownBy(() -> PersonName.of(Civility.MME, "Martin", "Claire", "Mar7in"))
			.hasMessage("person-name.birth-name.invalid");
	}

	@Test
	void showsOnlyCivilityAndInitialsInToString() {
		PersonName name = PersonName.of(Civility.MME, "Dupont", "Élise", "Martin");

		assertThat(name.toString()).isEqualTo("PersonName[MME É. D.]")
			.doesNotContain("Dupont")
			.doesNotContain("Martin");
	}

	@Test
	void civilityLabelsComeFromTheBundle() {
		assertThat(Civility.MME.messageKey()).isEqualTo("civility.MME");
	}

}
