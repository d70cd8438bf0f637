package fr.integrance.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * SIREN and SIRET are checked with Luhn (RULES.md §5), La Poste's establishments by digit
 * sum.
 */
class SirenSiretTests {

	@ParameterizedTest
	@ValueSource(strings = { "732829320", "732 829 320", "404833048", "552.081.317", "340359900", "356000000" })
	void sirenWhenLuhnValidThenAccepted(String text) {
		assertThat(Siren.isValid(text)).isTrue();
		assertThat(Siren.of(text).value()).hasSize(9).containsOnlyDigits();
	}

	@ParameterizedTest
	@ValueSource(strings = { "732829321", "123456789", "12345678", "1234567890", "73282932A", "" })
	void sirenWhenLuhnInvalidOrMalformedThenRejected(String text) {
		assertThat(Siren.isValid(text)).isFalse();
		assertThatIllegalArgumentException().isThrownBy(() -> Siren.of(text));
	}

	@Test
	void siretWhenLuhnValidThenAcceptedWithItsSiren() {
		Siret siret = Siret.of("732 829 320 00009");

		assertThat(siret.value()).isEqualTo("73282932000009");
		assertThat(siret.siren()).isEqualTo(Siren.of("732829320"));
	}

	@Test
	void siretWhenLuhnInvalidThenRejected() {
		assertThat(Siret.isValid("73282932000008")).isFalse();
	}

	@Test
	void siretWhenSirenPartInvalidThenRejected() {
		// 14 digits passing Luhn as a whole, but whose first nine are not a SIREN.
		assertThat(Siret.isValid("12345678900007")).isFalse();
	}

	@Test
	void siretWhenLaPosteThenDigitSumMultipleOfFive() {
		// La Poste's establishments break Luhn; their digit sum is a multiple of 5.
		assertThat(Siret.isValid("35600000000001")).isTrue();
		assertThat(Siret.isValid("35600000000002")).isFalse();
	}

	@Test
	void toStringGivesTheDigits() {
		assertThat(Siren.of("732 829 320")).hasToString("732829320");
	}

}
