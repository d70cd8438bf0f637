package fr.integrance.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.mock.env.MockEnvironment;

import fr.integrance.IntegranceApplication;
import fr.integrance.platform.ProductionSettingsCheck.MissingProductionSettingsException;

/** What {@code prod} refuses to start without, or with. */
class ProductionSettingsCheckTests {

	@Test
	void prodWithEverythingGivenStarts() {
		assertThatNoException().isThrownBy(() -> ProductionSettingsCheck.check(complete()));
	}

	@Test
	void prodAcceptsKeysetFilesInsteadOfInlineKeysets() {
		MockEnvironment environment = complete();
		environment.setProperty("app.crypto.keyset", "");
		environment.setProperty("app.crypto.index-keyset", "");
		environment.setProperty("app.crypto.keyset-file", "/run/secrets/field-aead-keyset.json");
		environment.setProperty("app.crypto.index-keyset-file", "/run/secrets/blind-index-keyset.json");
		assertThatNoException().isThrownBy(() -> ProductionSettingsCheck.check(environment));
	}

	@Test
	void prodWithoutFieldKeysetIsRefusedNamingBothWays() {
		MockEnvironment environment = complete();
		environment.setProperty("app.crypto.keyset", "");

		assertThat(refusal(environment).missing()).singleElement()
			.asString()
			.contains("app.crypto.keyset", "APP_CRYPTO_KEYSET", "app.crypto.keyset-file", "APP_CRYPTO_KEYSET_FILE");
	}

	@Test
	void prodWithoutBlindIndexKeysetIsRefusedNamingBothWays() {
		MockEnvironment environment = complete();
		environment.setProperty("app.crypto.index-keyset", " ");

		assertThat(refusal(environment).missing()).singleElement()
			.asString()
			.contains("app.crypto.index-keyset", "APP_CRYPTO_INDEX_KEYSET", "app.crypto.index-keyset-file",
					"APP_CRYPTO_INDEX_KEYSET_FILE");
	}

	@Test
	void prodRefusesKeysetGeneration() {
		MockEnvironment environment = complete();
		environment.setProperty("app.crypto.generate-if-missing", "true");

		assertThat(refusal(environment).missing()).singleElement()
			.asString()
			.contains("app.crypto.generate-if-missing", "APP_CRYPTO_GENERATE_IF_MISSING");
	}

	@Test
	void prodNamesEveryMissingSetting() {
		MockEnvironment environment = new MockEnvironment();
		environment.setActiveProfiles("prod");

		MissingProductionSettingsException refusal = refusal(environment);

		assertThat(refusal.missing()).hasSize(8);
		assertThat(refusal.getMessage()).contains("DATABASE_URL", "DATABASE_USER", "DATABASE_PASSWORD",
				"APP_CRYPTO_KEYSET", "APP_CRYPTO_INDEX_KEYSET", "SMTP_HOST", "APP_CONSENT_COOKIE_KEY", "APP_BASE_URL");
	}

	@Test
	void prodRefusesAnEmbeddedDatabase() {
		MockEnvironment environment = complete();
		environment.setProperty("spring.datasource.url", "jdbc:h2:file:./data/integrance");

		assertThat(refusal(environment).missing()).singleElement().asString().contains("H2");
	}

	@Test
	void prodRefusesTheDataGenerator() {
		MockEnvironment environment = complete();
		environment.setActiveProfiles("prod", "datagen");

		assertThat(refusal(environment).missing()).singleElement().asString().contains("datagen");
	}

	@Test
	void applicationWhenStartedInProdWithTheEmbeddedProfileThenRefusesTheDataGenerator() {
		SpringApplication application = IntegranceApplication.application();

		assertThatThrownBy(() -> application.run("--spring.profiles.active=prod,embedded", "--server.port=0"))
			.isInstanceOf(MissingProductionSettingsException.class)
			.satisfies(error -> assertThat(((MissingProductionSettingsException) error).missing())
				.anyMatch(missing -> missing.contains("datagen")));
	}

	@Test
	void otherProfilesAreNotChecked() {
		MockEnvironment environment = new MockEnvironment();
		environment.setActiveProfiles("embedded");
		environment.setProperty("app.crypto.generate-if-missing", "true");
		assertThatNoException().isThrownBy(() -> ProductionSettingsCheck.check(environment));
	}

	private static MockEnvironment complete() {
		MockEnvironment environment = new MockEnvironment();
		environment.setActiveProfiles("prod");
		environment.setProperty("spring.datasource.url", "jdbc:postgresql://db:5432/integrance");
		environment.setProperty("spring.datasource.username", "integrance");
		environment.setProperty("spring.datasource.password", "not-a-real-password");
		environment.setProperty("app.crypto.keyset", "{\"primaryKeyId\":1}");
		environment.setProperty("app.crypto.index-keyset", "{\"primaryKeyId\":2}");
		environment.setProperty("app.crypto.generate-if-missing", "false");
		environment.setProperty("spring.mail.host", "smtp.example.org");
		environment.setProperty("app.consent.cookie-key", "a-shared-secret-of-at-least-32-characters");
		environment.setProperty("app.identity.base-url", "https://www.integrance.fr");
		return environment;
	}

	private static MissingProductionSettingsException refusal(MockEnvironment environment) {
		MissingProductionSettingsException refusal = catchThrowableOfType(MissingProductionSettingsException.class,
				() -> ProductionSettingsCheck.check(environment));
		assertThat(refusal).as("prod should refuse to start").isNotNull();
		return refusal;
	}

	@Test
	void applicationWhenStartedInProdWithoutSettingsThenRefusesWithMessage() {
		SpringApplication application = IntegranceApplication.application();

		assertThatThrownBy(() -> application.run("--spring.profiles.active=prod", "--server.port=0"))
			.isInstanceOf(MissingProductionSettingsException.class)
			.satisfies(error -> assertThat(((MissingProductionSettingsException) error).missing())
				.anyMatch(missing -> missing.contains("DATABASE_URL")));
	}

}
