package fr.integrance.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import fr.integrance.platform.InvalidValueException;

/** Member numbers: nine digits and a Luhn check digit. */
class MemberNumberTests {

	@Test
	void checkDigitVectors() {
		// Textbook Luhn vector: 7992739871 takes the check digit 3.
		assertThat(MemberNumber.checkDigit("7992739871")).isEqualTo(3);
		// 799273987: doubled from the right 7→14→5, 9, 3→6, 7, 9→18→9, 2, 9→18→9, 9,
		// 7→14→5: sum 65 → 5
		assertThat(MemberNumber.checkDigit("799273987")).isEqualTo(5);
		// 100000001: both 1s sit on doubled positions: 2 + 2 = 4 → 6
		assertThat(MemberNumber.of(100_000_001L).value()).isEqualTo("1000000016");
		assertThat(MemberNumber.of(123_456_789L).value()).isEqualTo("1234567897");
		assertThat(MemberNumber.of(1L).value()).isEqualTo("0000000018");
		assertThat(MemberNumber.of(999_999_999L).value()).isEqualTo("9999999999");
	}

	@ParameterizedTest
	@ValueSource(strings = { "1000000016", "100 000 001 6", "100.000.001-6", "7992739875", "1234567897" })
	void validNumbersParse(String input) {
		assertThat(MemberNumber.isValid(input)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "1000000017", "1000000061", "100000001", "10000000166", "100000001A", "1234567879" })
	void invalidNumbersAreRefusedWithTheMessageKey(String input) {
		assertThat(MemberNumber.isValid(input)).isFalse();
		assertThatThrownBy(() -> MemberNumber.parse(input)).isInstanceOfSatisfying(InvalidValueException.class,
				ex -> assertThat(ex.messageKey()).isEqualTo("member-number.invalid"));
	}

	@Test
	void blankIsRequired() {
		assertThatThrownBy(() -> MemberNumber.parse("  ")).isInstanceOfSatisfying(InvalidValueException.class,
				ex -> assertThat(ex.messageKey()).isEqualTo("member-number.required"));
	}

	@Test
	void everySingleDigitErrorAndAdjacentSwapIsCaught() {
		String valid = MemberNumber.of(123_456_789L).value();
		for (int i = 0; i < valid.length(); i++) {
			for (char c = '0'; c <= '9'; c++) {
				if (c != valid.charAt(i)) {
					String typo = valid.substring(0, i) + c + valid.substring(i + 1);
					assertThat(MemberNumber.isValid(typo)).as(typo).isFalse();
				}
			}
		}
		for (int i = 0; i + 1 < valid.length(); i++) {
			char a = valid.charAt(i);
			char b = valid.charAt(i + 1);
			// Luhn misses the 0↔9 swap only
			if (a != b && !(a == '0' && b == '9' || a == '9' && b == '0')) {
				String swapped = valid.substring(0, i) + b + a + valid.substring(i + 2);
				assertThat(MemberNumber.isValid(swapped)).as(swapped).isFalse();
			}
		}
	}

	@Test
	void toStringMasksAllButTheLastFourDigits() {
		assertThat(MemberNumber.of(123_456_789L))
			.hasToString("******" + MemberNumber.of(123_456_789L).value().substring(6));
		assertThat(MemberNumber.of(123_456_789L).toString()).doesNotContain("123456");
		assertThat(MemberNumber.of(100_000_001L).formatted()).isEqualTo("100 000 001 6");
	}

}
