package fr.integrance.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.mock.env.MockEnvironment;

import fr.integrance.IntegranceApplication;
import fr.integrance.platform.ProductionSettingsCheck.MissingProductionSettingsException;

/** The prod profile refuses to start without its database and key settings, and says which are missing. */
class ProductionSettingsCheckTests {

	@Test
	void prodWhenNothingSetThenNamesEveryMissingSetting() {
		MockEnvironment environment = new MockEnvironment();
		environment.setActiveProfiles("prod");

		assertThatThrownBy(() -> ProductionSettingsCheck.check(environment))
			.isInstanceOf(MissingProductionSettingsException.class)
			.hasMessageContaining("DATABASE_URL")
			.hasMessageContaining("DATABASE_USER")
			.hasMessageContaining("DATABASE_PASSWORD")
			.hasMessageContaining("APP_CRYPTO_KEYSET")
			.hasMessageContaining("SMTP_HOST");
	}

	@Test
	void prodWhenEmbeddedDatabaseThenRefused() {
		MockEnvironment environment = completeProduction();
		environment.setProperty("spring.datasource.url", "jdbc:h2:file:./data/x");

		assertThatThrownBy(() -> ProductionSettingsCheck.check(environment))
			.hasMessageContaining("H2");
	}

	@Test
	void prodWhenEverythingSetThenStarts() {
		ProductionSettingsCheck.check(completeProduction());
	}

	@Test
	void embeddedProfileWhenNothingSetThenNotChecked() {
		MockEnvironment environment = new MockEnvironment();
		environment.setActiveProfiles("embedded");

		ProductionSettingsCheck.check(environment);
	}

	@Test
	void applicationWhenStartedInProdWithoutSettingsThenRefusesWithMessage() {
		SpringApplication application = IntegranceApplication.application();

		assertThatThrownBy(() -> application.run("--spring.profiles.active=prod", "--server.port=0"))
			.isInstanceOf(MissingProductionSettingsException.class)
			.satisfies(error -> assertThat(((MissingProductionSettingsException) error).missing())
				.anyMatch(missing -> missing.contains("DATABASE_URL")));
	}

	private static MockEnvironment completeProduction() {
		MockEnvironment environment = new MockEnvironment();
		environment.setActiveProfiles("prod");
		environment.setProperty("spring.datasource.url", "jdbc:postgresql://db:5432/integrance");
		environment.setProperty("spring.datasource.username", "integrance");
		environment.setProperty("spring.datasource.password", "secret");
		environment.setProperty("app.crypto.keyset-file", "/run/secrets/keyset.json");
		environment.setProperty("spring.mail.host", "smtp.example.org");
		return environment;
	}
}
