package fr.integrance.platform.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The blind index on its own, with inline keysets. */
class BlindIndexTests {

	private static final String NIR = "295109912611193";

	private final TinkBlindIndex index = TestKeysets.blindIndex(TestKeysets.newIndexKeysetJson());

	@Test
	void sameValueInSameScopeGivesSameIndex() {
		assertThat(index.of("person.nir", NIR)).isEqualTo(index.of("person.nir", NIR));
	}

	@Test
	void sameValueInAnotherScopeGivesAnotherIndex() {
		assertThat(index.of("person.nir", NIR)).isNotEqualTo(index.of("beneficiary.nir", NIR));
	}

	@Test
	void scopeAndValueCannotBeShiftedIntoEachOther() {
		assertThat(index.of("person.ni", "r" + NIR)).isNotEqualTo(index.of("person.nir", NIR));
	}

	@Test
	void anotherKeyGivesAnotherIndex() {
		TinkBlindIndex other = TestKeysets.blindIndex(TestKeysets.newIndexKeysetJson());
		assertThat(other.of("person.nir", NIR)).isNotEqualTo(index.of("person.nir", NIR));
	}

	@Test
	void differentValuesGiveDifferentIndexes() {
		assertThat(index.of("person.nir", NIR)).isNotEqualTo(index.of("person.nir", "253072B07300470"));
	}

	@Test
	void indexIsShortUrlSafeTextWithoutTheValue() {
		String value = index.of("person.nir", NIR);
		assertThat(value).hasSize(22).matches("[A-Za-z0-9_-]+").doesNotContain(NIR);
	}

	@Test
	void nullValueGivesNullAndBlankScopeIsRefused() {
		assertThat(index.of("person.nir", null)).isNull();
		assertThatThrownBy(() -> index.of(" ", NIR)).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void refusesAnAeadKeysetAsIndexKeyset() {
		String aead = TestKeysets.newAeadKeysetJson();
		assertThatThrownBy(() -> TestKeysets.blindIndex(aead)).isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("app.crypto.index-keyset")
			.hasMessageContaining("PRF")
			.hasNoCause()
			.satisfies(ex -> TestKeysets.secretForms(aead)
				.forEach(secret -> assertThat(ex.getMessage()).doesNotContain(secret)));
	}

}
