package fr.integrance.consent;

import java.util.List;
import java.util.Optional;

import fr.integrance.privacy.Register;

/**
 * The register's cookie purposes as the consent screens need them: for each purpose, the
 * cookies that need consent and those exempt from it, and the vendors behind them. A
 * purpose needs consent when at least one of its cookies does.
 */
public interface CookieCatalogue {

	/** Every cookie purpose of the register, in register order. */
	List<PurposeCookies> purposes();

	/** The ids of the purposes that need consent, in register order. */
	List<String> consentPurposeIds();

	Optional<PurposeCookies> purpose(String purposeId);

	/** Names of the exempt cookies (never expired by a withdrawal). */
	List<String> exemptCookieNames();

	record PurposeCookies(Register.CookiePurpose purpose, List<Register.Cookie> consentCookies,
			List<Register.Cookie> exemptCookies) {

		public PurposeCookies {
			consentCookies = List.copyOf(consentCookies);
			exemptCookies = List.copyOf(exemptCookies);
		}

		public String id() {
			return purpose.id();
		}

		public boolean requiresConsent() {
			return !consentCookies.isEmpty();
		}

		/** The vendors of the cookies that need consent, each once, in register order. */
		public List<String> vendors() {
			return consentCookies.stream().map(Register.Cookie::vendor).distinct().toList();
		}
	}

}
