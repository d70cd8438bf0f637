package fr.integrance.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The NIR rules of RULES.md §5, on its test vectors and on the odd numbers real registers
 * hold.
 */
class NirTests {

	@Test
	void acceptsTheRulesVectors() {
		assertThat(Nir.parse("295109912611193").normalised()).isEqualTo("295109912611193");
		assertThat(Nir.parse("253072B07300470").normalised()).isEqualTo("253072B07300470");
	}

	@Test
	void rejectsTheRulesInvalidVector() {
		assertThatThrownBy(() -> Nir.parse("253072C07300443")).isInstanceOf(InvalidValueException.class)
			.extracting(ex -> ((InvalidValueException) ex).messageKey())
			.isEqualTo("nir.invalid");
	}

	@Test
	void readsSpacesDotsAndLowerCaseCorsica() {
		assertThat(Nir.parse(" 2 95 10 99 126 111 93 ")).isEqualTo(Nir.parse("295109912611193"));
		assertThat(Nir.parse("2.53.07.2b.073.004.70").normalised()).isEqualTo("253072B07300470");
	}

	@Test
	void readsCorsicaAsNineteenAndEighteenForTheKey() {
		assertThat(Nir.key("253072A073004")).isEqualTo(Nir.key("2530719073004"));
		assertThat(Nir.key("253072B073004")).isEqualTo(Nir.key("2530718073004"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "20", "42", "50", "99" })
	void acceptsMonthsOfIncompleteCivilRecords(String month) {
		assertThat(Nir.isValid(withKey("185" + month + "75112345"))).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "00", "13", "19", "43", "49" })
	void rejectsMonthsThatDoNotExist(String month) {
		assertThat(Nir.isValid(withKey("185" + month + "75112345"))).isFalse();
	}

	@Test
	void acceptsBornAbroadAndTemporaryNumbers() {
		assertThat(Nir.isValid(withKey("1850399135001"))).isTrue();
		Nir temporary = Nir.parse(withKey("7850375112345"));
		assertThat(temporary.isTemporary()).isTrue();
		assertThat(Nir.parse(withKey("8850375112345")).isTemporary()).isTrue();
		assertThat(Nir.parse("295109912611193").isTemporary()).isFalse();
	}

	@ParameterizedTest
	@ValueSource(strings = { "0", "5", "6", "9" })
	void rejectsAnUnknownFirstDigit(String sex) {
		assertThat(Nir.isValid(withKey(sex + "850375112345"))).isFalse();
	}

	@ParameterizedTest
	@ValueSource(strings = { "29510991261119", "2951099126111934", "29510991261119X", "295109912611194",
			"2951099126111-93" })
	void rejectsWrongLengthsCharactersAndKeys(String input) {
		assertThat(Nir.isValid(input)).isFalse();
	}

	@Test
	void blankIsRequiredNotInvalid() {
		assertThatThrownBy(() -> Nir.parse("  ")).hasMessage("nir.required");
		assertThatThrownBy(() -> Nir.parse(null)).hasMessage("nir.required");
	}

	@Test
	void masksTheNumberInToStringAndKeepsItOutOfErrors() {
		Nir nir = Nir.parse("295109912611193");

		assertThat(nir.masked()).isEqualTo("2 95 10 ** *** *** 93");
		assertThat(nir.toString()).isEqualTo(nir.masked()).doesNotContain("9912611");
		assertThat(nir.formatted()).isEqualTo("2 95 10 99 126 111 93");
		assertThatThrownBy(() -> Nir.parse("295109912611194")).hasMessage("nir.invalid").hasNoCause();
	}

	/** The 13 leading characters followed by their key. */
	static String withKey(String first13) {
		return first13 + String.format("%02d", Nir.key(first13));
	}

}
