package fr.integrance.platform;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Properties of the NIR check over generated numbers whose key is computed. */
class NirPropertyTests {

	@Property
	void acceptsEveryNumberWithItsComputedKey(@ForAll("validNirs") String nir) {
		assertThat(Nir.parse(nir).normalised()).isEqualTo(nir);
	}

	@Property
	void refusesEveryNumberWithOneDigitChanged(@ForAll("validNirs") String nir,
			@ForAll @IntRange(min = 0, max = 14) int position, @ForAll @IntRange(min = 1, max = 9) int shift) {
		char original = nir.charAt(position);
		if (!Character.isDigit(original)) {
			// the A/B of Corsica: any digit there breaks the shape, which the examples
			// cover
			return;
		}
		char changed = (char) ('0' + (original - '0' + shift) % 10);
		String tampered = nir.substring(0, position) + changed + nir.substring(position + 1);

		assertThat(Nir.isValid(tampered)).as("%s changed at %d", nir, position).isFalse();
	}

	@Property
	void toStringNeverShowsTheWholeNumber(@ForAll("validNirs") String nir) {
		Nir parsed = Nir.parse(nir);

		assertThat(parsed.toString()).doesNotContain(nir)
			.doesNotContain(parsed.formatted())
			.doesNotContain(nir.substring(5, 13));
	}

	@Provide
	Arbitrary<String> validNirs() {
		Arbitrary<String> sex = Arbitraries.of("1", "2", "7", "8");
		Arbitrary<String> year = Arbitraries.integers()
			.between(0, 99)
			.map(y -> String.format("%02d", y))
			.withoutEdgeCases();
		Arbitrary<String> month = Arbitraries
			.oneOf(Arbitraries.integers().between(1, 12), Arbitraries.integers().between(20, 42),
					Arbitraries.integers().between(50, 99))
			.map(m -> String.format("%02d", m));
		Arbitrary<String> department = Arbitraries.oneOf(
				Arbitraries.integers().between(1, 99).map(d -> String.format("%02d", d)), Arbitraries.of("2A", "2B"));
		Arbitrary<String> commune = Arbitraries.integers()
			.between(1, 999)
			.map(c -> String.format("%03d", c))
			.withoutEdgeCases();
		Arbitrary<String> order = Arbitraries.integers()
			.between(1, 999)
			.map(o -> String.format("%03d", o))
			.withoutEdgeCases();
		// edge cases kept where they matter (sex, month, Corsica), not multiplied by
		// every field
		return Combinators.combine(sex, year, month, department, commune, order)
			.as((s, y, m, d, c, o) -> NirTests.withKey(s + y + m + d + c + o));
	}

}
