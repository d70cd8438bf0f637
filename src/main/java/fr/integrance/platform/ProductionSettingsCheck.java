package fr.integrance.platform;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.util.StringUtils;

/**
 * Refuses to start the {@code prod} profile when a setting it cannot do without is
 * missing, naming each missing setting and the environment variable that provides it.
 * Runs before any bean exists, so the message is not buried under a data source failure.
 */
public class ProductionSettingsCheck implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

	/**
	 * Property that must be set in production → the environment variable that sets it.
	 */
	private static final Map<String, String> REQUIRED = new LinkedHashMap<>();

	/** Settings satisfied by either of two properties: the inline keyset or its file. */
	private static final Map<String, String> ALTERNATIVES = Map.of("app.crypto.keyset", "app.crypto.keyset-file",
			"app.crypto.index-keyset", "app.crypto.index-keyset-file");

	static {
		REQUIRED.put("spring.datasource.url", "DATABASE_URL");
		REQUIRED.put("spring.datasource.username", "DATABASE_USER");
		REQUIRED.put("spring.datasource.password", "DATABASE_PASSWORD");
		REQUIRED.put("app.crypto.keyset", "APP_CRYPTO_KEYSET (or app.crypto.keyset-file, APP_CRYPTO_KEYSET_FILE)");
		REQUIRED.put("app.crypto.index-keyset",
				"APP_CRYPTO_INDEX_KEYSET (or app.crypto.index-keyset-file, APP_CRYPTO_INDEX_KEYSET_FILE)");
		REQUIRED.put("spring.mail.host", "SMTP_HOST");
		REQUIRED.put("app.consent.cookie-key", "APP_CONSENT_COOKIE_KEY");
		REQUIRED.put("app.identity.base-url", "APP_BASE_URL");
	}

	@Override
	public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
		check(event.getEnvironment());
	}

	/**
	 * The data generator's profile (module {@code datagen}): fake people written straight
	 * into the tables, never in production.
	 */
	static final String DATA_GENERATOR_PROFILE = "datagen";

	/**
	 * Throws {@link MissingProductionSettingsException} when {@code prod} lacks a setting
	 * or has one that is refused there (an H2 database, generated keysets, the data
	 * generator).
	 */
	public static void check(ConfigurableEnvironment environment) {
		List<String> profiles = Arrays.asList(environment.getActiveProfiles());
		if (!profiles.contains("prod")) {
			return;
		}
		List<String> missing = new ArrayList<>();
		if (profiles.contains(DATA_GENERATOR_PROFILE)) {
			missing.add("spring.profiles.active (SPRING_PROFILES_ACTIVE): the '" + DATA_GENERATOR_PROFILE
					+ "' profile (data generator, also included by 'embedded') is not allowed in production");
		}
		REQUIRED.forEach((property, variable) -> {
			if (!isSet(environment, property)) {
				missing.add(property + " (" + variable + ")");
			}
		});
		if (isSet(environment, "spring.datasource.url")
				&& environment.getProperty("spring.datasource.url", "").startsWith("jdbc:h2:")) {
			missing.add("spring.datasource.url (DATABASE_URL): an embedded H2 database is not allowed in production");
		}
		if ("true".equalsIgnoreCase(environment.getProperty("app.crypto.generate-if-missing", "").trim())) {
			// A generated key lives on one machine only: losing it loses every encrypted
			// value.
			missing.add("app.crypto.generate-if-missing (APP_CRYPTO_GENERATE_IF_MISSING): must not be true in"
					+ " production; give the keysets instead");
		}
		if (!missing.isEmpty()) {
			throw new MissingProductionSettingsException(missing);
		}
	}

	private static boolean isSet(ConfigurableEnvironment environment, String property) {
		String alternative = ALTERNATIVES.get(property);
		return StringUtils.hasText(environment.getProperty(property))
				|| (alternative != null && StringUtils.hasText(environment.getProperty(alternative)));
	}

	/** The {@code prod} profile was started without settings it needs. */
	public static class MissingProductionSettingsException extends IllegalStateException {

		private final List<String> missing;

		MissingProductionSettingsException(List<String> missing) {
			super("Refusing to start the 'prod' profile: missing or refused setting(s): " + String.join(", ", missing));
			this.missing = List.copyOf(missing);
		}

		public List<String> missing() {
			return missing;
		}

	}

}
