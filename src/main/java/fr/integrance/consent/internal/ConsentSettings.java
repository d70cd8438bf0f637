package fr.integrance.consent.internal;

import java.time.Period;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

import fr.integrance.consent.ThirdPartyTags;

/**
 * Settings of the consent module ({@code app.consent.*}).
 *
 * @param renewAfter how long a cookie choice (refusal as consent) holds before the
 * visitor is asked again; the consent cookie lives as long (CNIL recommends about 6
 * months)
 * @param cookieKey the secret the consent cookie's signature key is derived from; every
 * node must share it. The default below serves the embedded and test profiles only: the
 * {@code prod} profile refuses to start with it.
 * @param tags the tags a page may load, each inert until its cookie purpose is consented
 */
@ConfigurationProperties("app.consent")
public record ConsentSettings(Period renewAfter, String cookieKey, List<ThirdPartyTags.Tag> tags) {

	/**
	 * Known to everyone who reads this code: fine on a developer machine, refused in
	 * production.
	 */
	static final String EMBEDDED_COOKIE_KEY = "integrance-embedded-consent-cookie-key-never-in-production";

	static final Period DEFAULT_RENEW_AFTER = Period.ofMonths(6);

	public ConsentSettings {
		renewAfter = renewAfter == null ? DEFAULT_RENEW_AFTER : renewAfter;
		cookieKey = cookieKey == null || cookieKey.isBlank() ? EMBEDDED_COOKIE_KEY : cookieKey;
		tags = tags == null ? List.of() : List.copyOf(tags);
		if (renewAfter.isNegative() || renewAfter.isZero()) {
			throw new IllegalArgumentException("app.consent.renew-after must be a positive period, e.g. P6M");
		}
	}

	@Override
	public String toString() {
		return "ConsentSettings[renewAfter=" + renewAfter + ", tags=" + tags + "]";
	}
}
