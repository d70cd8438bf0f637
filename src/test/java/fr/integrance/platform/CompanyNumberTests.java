package fr.integrance.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * SIREN and SIRET (RULES.md §5): Luhn, SIRET starting with a valid SIREN, La Poste's
 * exception.
 */
class CompanyNumberTests {

	@Test
	void acceptsAValidSirenWithOrWithoutSpaces() {
		assertThat(Siren.of("732 829 320").value()).isEqualTo("732829320");
		assertThat(Siren.of("732829320").formatted()).isEqualTo("732 829 320");
	}

	@ParameterizedTest
	@ValueSource(strings = { "732829321", "73282932", "7328293200", "73282932A" })
	void rejectsAWrongSiren(String input) {
		assertThatThrownBy(() -> Siren.of(input)).hasMessage("siren.invalid");
	}

	@Test
	void acceptsAValidSiretAndGivesItsParts() {
		Siret siret = Siret.of(" 732 829 320 00074 ");

		assertThat(siret.value()).isEqualTo("73282932000074");
		assertThat(siret.siren()).isEqualTo(Siren.of("732829320"));
		assertThat(siret.nic()).isEqualTo("00074");
		assertThat(siret.formatted()).isEqualTo("732 829 320 00074");
	}

	@Test
	void rejectsASiretFailingLuhn() {
		assertThatThrownBy(() -> Siret.of("73282932000075")).hasMessage("siret.invalid");
	}

	@Test
	void rejectsALuhnValidSiretWhoseSirenIsInvalid() {
		// 12345678 + 9 fails Luhn as a SIREN; complete the SIRET so that the 14 digits
		// pass Luhn.
		String body = "1234567890001";
		String siret = body + luhnDigit(body);

		assertThat(luhn(siret)).isTrue();
		assertThatThrownBy(() -> Siret.of(siret)).hasMessage("siret.invalid");
	}

	@Test
	void acceptsLaPosteEstablishmentsByDigitSumAndItsSiegeByLuhn() {
		assertThat(Siret.of("35600000049837").siren().value()).isEqualTo("356000000");
		assertThat(Siret.of("35600000000048").nic()).isEqualTo("00048");
		assertThatThrownBy(() -> Siret.of("35600000049838")).hasMessage("siret.invalid");
	}

	@ParameterizedTest
	@ValueSource(strings = { "732829320", "732 829 320", "404833048", "552.081.317", "340359900", "356000000" })
	void acceptsLuhnSirensWrittenWithSpacesOrDots(String input) {
		assertThat(Siren.of(input).value()).hasSize(9).containsOnlyDigits();
	}

	@ParameterizedTest
	@ValueSource(strings = { "123456789", "12345678", "1234567890" })
	void rejectsSirensFailingLuhnOrOfAnotherLength(String input) {
		assertThatThrownBy(() -> Siren.of(input)).hasMessage("siren.invalid");
	}

	@Test
	void acceptsALuhnSiretWithItsSirenAndRejectsOneDigitOff() {
		assertThat(Siret.of("732 829 320 00009").siren()).isEqualTo(Siren.of("732829320"));
		assertThatThrownBy(() -> Siret.of("73282932000008")).hasMessage("siret.invalid");
		// 14 digits passing Luhn as a whole, but whose first nine are not a SIREN.
		assertThatThrownBy(() -> Siret.of("12345678900007")).hasMessage("siret.invalid");
	}

	@Test
	void acceptsLaPosteEstablishmentsWhoseDigitsSumToAMultipleOfFive() {
		assertThat(Siret.of("35600000000001").value()).isEqualTo("35600000000001");
		assertThatThrownBy(() -> Siret.of("35600000000002")).hasMessage("siret.invalid");
	}

	@Test
	void printsTheDigits() {
		assertThat(Siren.of("732 829 320")).hasToString("732829320");
	}

	@Test
	void blankIsRequired() {
		assertThatThrownBy(() -> Siren.of(" ")).hasMessage("siren.required");
		assertThatThrownBy(() -> Siret.of(null)).hasMessage("siret.required");
	}

	static boolean luhn(String digits) {
		return Luhn.isValid(digits);
	}

	/** The digit that completes {@code body} into a Luhn-valid number. */
	static char luhnDigit(String body) {
		for (char digit = '0'; digit <= '9'; digit++) {
			if (Luhn.isValid(body + digit)) {
				return digit;
			}
		}
		throw new IllegalStateException("no Luhn digit");
	}

}
