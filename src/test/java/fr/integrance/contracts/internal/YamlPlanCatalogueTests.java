package fr.integrance.contracts.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.ClassPathResource;

/**
 * The catalogue is complete (every plan priced for every age band and covering every
 * line).
 */
class YamlPlanCatalogueTests {

	private final YamlPlanCatalogue catalogue = new YamlPlanCatalogue(new ClassPathResource("catalogue/plans.yml"));

	@Test
	void priceWhenAgeInBandThenThatBandsPrice() {
		assertThat(catalogue.price("essentielle", 30)).contains(new BigDecimal("24.60"));
		assertThat(catalogue.price("serenite", 80)).contains(new BigDecimal("135.90"));
		assertThat(catalogue.price("inconnue", 30)).isEmpty();
	}

	@Test
	void catalogueWhenAPriceIsMissingThenRefusedNamingPlanAndBand() {
		String yaml = """
				currency: EUR
				ageBands: [ { code: "0-17", minAge: 0, maxAge: 17 }, { code: "18+", minAge: 18, maxAge: 130 } ]
				coverageLines: [ { code: optics, label: "Optique", labelEn: "Glasses" } ]
				plans:
				  - { code: mini, name: Mini, summary: s, summaryEn: s, coverage: { optics: "100 %" }, prices: { "0-17": 10 } }
				""";

		assertThatThrownBy(() -> new YamlPlanCatalogue(new ByteArrayResource(yaml.getBytes(), "test catalogue")))
			.hasMessageContaining("mini")
			.hasMessageContaining("18+");
	}

}
