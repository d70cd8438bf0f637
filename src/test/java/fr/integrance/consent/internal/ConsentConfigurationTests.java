package fr.integrance.consent.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.time.Period;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

import fr.integrance.consent.CookieCatalogue;
import fr.integrance.consent.ThirdPartyTags;

class ConsentConfigurationTests {

	private final ConsentConfiguration configuration = new ConsentConfiguration();

	private static final CookieCatalogue CATALOGUE = new CookieCatalogue() {

		@Override
		public List<PurposeCookies> purposes() {
			return List.of();
		}

		@Override
		public List<String> consentPurposeIds() {
			return List.of("audience-measurement");
		}

		@Override
		public Optional<PurposeCookies> purpose(String purposeId) {
			return Optional.empty();
		}

		@Override
		public List<String> exemptCookieNames() {
			return List.of();
		}
	};

	private static ConsentSettings settings(String key, ThirdPartyTags.Tag... tags) {
		return new ConsentSettings(null, key, List.of(tags));
	}

	@Test
	void productionRefusesTheEmbeddedOrAShortCookieKey() {
		MockEnvironment production = new MockEnvironment();
		production.setActiveProfiles("prod");

		assertThatIllegalStateException().isThrownBy(() -> configuration.choiceCookieCodec(settings(null), production))
			.withMessageContaining("app.consent.cookie-key");
		assertThatIllegalStateException()
			.isThrownBy(() -> configuration.choiceCookieCodec(settings("too-short"), production));
		assertThat(configuration.choiceCookieCodec(settings("a-production-secret-of-forty-characters!!"), production))
			.isNotNull();
	}

	@Test
	void embeddedProfileRunsWithTheDefaultKeyAndSixMonths() {
		ConsentSettings defaults = settings(null);

		assertThat(configuration.choiceCookieCodec(defaults, new MockEnvironment())).isNotNull();
		assertThat(defaults.renewAfter()).isEqualTo(Period.ofMonths(6));
		assertThat(defaults.toString()).doesNotContain(defaults.cookieKey());
	}

	@Test
	void tagsMustRunFromOurOriginForAPurposeThatTakesConsent() {
		assertThat(configuration
			.thirdPartyTags(settings(null, new ThirdPartyTags.Tag("demo", "audience-measurement", "/js/tags/demo.js")),
					CATALOGUE)
			.declared()).hasSize(1);
		for (String src : List.of("https://tags.example/a.js", "//tags.example/a.js", "/js/../secret.js", "js/a.js",
				"/js/a.css")) {
			assertThatIllegalStateException().as(src)
				.isThrownBy(() -> configuration.thirdPartyTags(
						settings(null, new ThirdPartyTags.Tag("demo", "audience-measurement", src)), CATALOGUE));
		}
		assertThatIllegalStateException().isThrownBy(() -> configuration
			.thirdPartyTags(settings(null, new ThirdPartyTags.Tag("demo", "authentication", "/js/a.js")), CATALOGUE));
	}

}
