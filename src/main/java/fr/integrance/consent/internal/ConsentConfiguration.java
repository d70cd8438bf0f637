package fr.integrance.consent.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.scheduling.annotation.EnableScheduling;

import fr.integrance.consent.CookieCatalogue;
import fr.integrance.consent.ThirdPartyTags;

/**
 * Wiring of the consent module. Scheduling is switched on here because the module runs
 * daily jobs (choice expiry) and nothing else in the application enables it yet.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class ConsentConfiguration {

	/** A path on our own origin to a script: no scheme, no host, no parent segment. */
	private static final Pattern OWN_SCRIPT = Pattern.compile("/(?!/)[A-Za-z0-9._/-]+\\.js");
	static final int MIN_PRODUCTION_KEY_LENGTH = 32;

	@Bean
	ChoiceCookieCodec choiceCookieCodec(ConsentSettings settings, Environment environment) {
		if (environment.acceptsProfiles(Profiles.of("prod"))
				&& (ConsentSettings.EMBEDDED_COOKIE_KEY.equals(settings.cookieKey())
						|| settings.cookieKey().length() < MIN_PRODUCTION_KEY_LENGTH)) {
			throw new IllegalStateException("app.consent.cookie-key (APP_CONSENT_COOKIE_KEY) must be set in production"
					+ " to a secret of at least " + MIN_PRODUCTION_KEY_LENGTH
					+ " characters shared by every node; the embedded default is public");
		}
		return new ChoiceCookieCodec(settings.cookieKey());
	}

	@Bean
	ThirdPartyTags thirdPartyTags(ConsentSettings settings, CookieCatalogue catalogue) {
		List<ThirdPartyTags.Tag> tags = settings.tags();
		List<String> purposes = catalogue.consentPurposeIds();
		Set<String> ids = new HashSet<>();
		for (ThirdPartyTags.Tag tag : tags) {
			String name = "app.consent.tags '" + tag.id() + "'";
			if (tag.id() == null || !tag.id().matches("[a-z0-9-]{1,64}") || !ids.add(tag.id())) {
				throw new IllegalStateException(name + ": the id must be unique, lower-case letters, digits and '-'");
			}
			if (!purposes.contains(tag.purpose())) {
				throw new IllegalStateException(name + ": purpose '" + tag.purpose()
						+ "' is not a cookie purpose of the register that needs consent " + purposes);
			}
			if (tag.src() == null || !OWN_SCRIPT.matcher(tag.src()).matches() || tag.src().contains("..")) {
				throw new IllegalStateException(
						name + ": src must be a script path on our own origin, e.g. /js/tags/x.js");
			}
		}
		return () -> tags;
	}

}
