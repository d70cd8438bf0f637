package fr.integrance.website;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What the public forms keep of what people type. */
class FormTextTests {

	@Test
	void storesTheE164FormOfAPhoneNumber() {
		assertThat(FormText.phone("06 12 34 56 78")).isEqualTo("+33612345678");
		assertThat(FormText.phone("+44 20 7946 0958")).isEqualTo("+442079460958");
		assertThat(FormText.phone(null)).isNull();
	}

}
