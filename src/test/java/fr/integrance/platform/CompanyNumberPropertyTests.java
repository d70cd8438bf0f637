package fr.integrance.platform;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** SIREN and SIRET over numbers generated with a Luhn check digit. */
class CompanyNumberPropertyTests {

	@Property
	void acceptsEveryLuhnSiren(@ForAll("sirens") String siren) {
		assertThat(Siren.of(siren).value()).isEqualTo(siren);
	}

	@Property
	void refusesEverySirenWithOneDigitChanged(@ForAll("sirens") String siren,
			@ForAll @IntRange(min = 0, max = 8) int position, @ForAll @IntRange(min = 1, max = 9) int shift) {
		assertThat(isValidSiren(changed(siren, position, shift))).isFalse();
	}

	@Property
	void acceptsEveryLuhnSiretOfALuhnSiren(@ForAll("sirets") String siret) {
		Siret parsed = Siret.of(siret);

		assertThat(parsed.siren().value()).isEqualTo(siret.substring(0, 9));
		assertThat(parsed.nic()).isEqualTo(siret.substring(9));
	}

	@Property
	void refusesEverySiretWithOneDigitChanged(@ForAll("sirets") String siret,
			@ForAll @IntRange(min = 0, max = 13) int position, @ForAll @IntRange(min = 1, max = 9) int shift) {
		String tampered = changed(siret, position, shift);
		Assume.that(!tampered.startsWith(Siren.LA_POSTE));

		assertThat(isValidSiret(tampered)).isFalse();
	}

	@Property
	void acceptsLaPosteEstablishmentsWhoseDigitsSumToAMultipleOfFive(@ForAll @IntRange(min = 0, max = 99_999) int nic) {
		String siret = Siren.LA_POSTE + String.format("%05d", nic);
		boolean expected = Luhn.digitSum(siret) % 5 == 0 || Luhn.isValid(siret);

		assertThat(isValidSiret(siret)).isEqualTo(expected);
	}

	@Provide
	Arbitrary<String> sirens() {
		return Arbitraries.strings().numeric().ofLength(8).map(body -> body + CompanyNumberTests.luhnDigit(body));
	}

	@Provide
	Arbitrary<String> sirets() {
		return sirens().filter(siren -> !siren.equals(Siren.LA_POSTE))
			.flatMap(siren -> Arbitraries.strings()
				.numeric()
				.ofLength(4)
				.map(nic -> siren + nic + CompanyNumberTests.luhnDigit(siren + nic)));
	}

	private static String changed(String digits, int position, int shift) {
		char changed = (char) ('0' + (digits.charAt(position) - '0' + shift) % 10);
		return digits.substring(0, position) + changed + digits.substring(position + 1);
	}

	private static boolean isValidSiren(String input) {
		try {
			Siren.of(input);
			return true;
		}
		catch (InvalidValueException ex) {
			return false;
		}
	}

	private static boolean isValidSiret(String input) {
		try {
			Siret.of(input);
			return true;
		}
		catch (InvalidValueException ex) {
			return false;
		}
	}

}
