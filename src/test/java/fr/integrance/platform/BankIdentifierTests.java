package fr.integrance.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** IBAN (ISO 13616 through iban4j) and BIC. */
class BankIdentifierTests {

	private static final String FRENCH_IBAN = "FR7630006000011234567890189";

	@Test
	void acceptsAFrenchIbanWrittenAsOnABankStatement() {
		Iban iban = Iban.parse("fr76 3000 6000 0112 3456 7890 189");

		assertThat(iban.value()).isEqualTo(FRENCH_IBAN).hasSize(27);
		assertThat(iban.isFrench()).isTrue();
		assertThat(iban.formatted()).isEqualTo("FR76 3000 6000 0112 3456 7890 189");
	}

	@Test
	void acceptsForeignSepaIbans() {
		assertThat(Iban.parse("DE89 3704 0044 0532 0130 00").countryCode()).isEqualTo("DE");
		assertThat(Iban.parse("GB82WEST12345698765432").isFrench()).isFalse();
	}

	@ParameterizedTest
	@ValueSource(strings = { "FR7630006000011234567890188", "FR763000600001123456789018",
			"FR76300060000112345678901890", "XX7630006000011234567890189", "FR76 3000 6000 0112 3456 7890 18!" })
	void rejectsWrongChecksLengthsAndCountries(String input) {
		assertThatThrownBy(() -> Iban.parse(input)).isInstanceOf(InvalidValueException.class)
			.hasMessage("iban.invalid")
			.hasNoCause();
	}

	@Test
	void masksTheAccountInToString() {
		Iban iban = Iban.parse(FRENCH_IBAN);

		assertThat(iban.masked()).isEqualTo("FR76 **** **** **** **** **** 189");
		assertThat(iban.toString()).isEqualTo(iban.masked()).doesNotContain("30006").doesNotContain("1234567890");
	}

	@Test
	void acceptsBicsOfEightAndElevenCharacters() {
		assertThat(Bic.parse("bnpa fr pp").value()).isEqualTo("BNPAFRPP");
		assertThat(Bic.parse("BNPAFRPPXXX").countryCode()).isEqualTo("FR");
	}

	@ParameterizedTest
	@ValueSource(strings = { "BNPAFR", "BNPAFRPPXX", "BNPAZZPP", "BNP@FRPP" })
	void rejectsMalformedBics(String input) {
		assertThatThrownBy(() -> Bic.parse(input)).hasMessage("bic.invalid");
	}

	@Test
	void blankIsRequired() {
		assertThatThrownBy(() -> Iban.parse("")).hasMessage("iban.required");
		assertThatThrownBy(() -> Bic.parse(null)).hasMessage("bic.required");
	}

}
