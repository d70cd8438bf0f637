package fr.integrance.privacy.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Set;

import fr.integrance.privacy.LintWarning;
import fr.integrance.privacy.LintWarning.Kind;
import fr.integrance.privacy.Register;

/**
 * The findings that do not stop the start but that the DPO must see: trackers over 13
 * months, consent-only purposes kept beyond a withdrawal, purposes without retention,
 * data categories no purpose uses.
 */
final class RegisterLinter {

	/**
	 * CNIL: a tracker lives at most 13 months (recommendation 2020-092, art. 82 loi
	 * Informatique et Libertés).
	 */
	static final double MAX_TRACKER_MONTHS = 13;

	private RegisterLinter() {
	}

	static List<LintWarning> lint(LoadedRegister loaded) {
		Register register = loaded.register();
		List<LintWarning> warnings = new ArrayList<>();
		String cookies = loaded.sourceOf("cookies");
		for (Register.Cookie cookie : register.cookies()) {
			OptionalDouble months = IsoDurations.months(cookie.lifetime());
			if (months.isPresent() && months.getAsDouble() > MAX_TRACKER_MONTHS + 1e-9) {
				warnings.add(new LintWarning(Kind.TRACKER_LIFETIME_OVER_13_MONTHS, cookies, cookie.name(),
						cookies + ": cookie '" + cookie.name() + "' lives " + cookie.lifetime()
								+ ", longer than the 13 months the CNIL allows for a tracker"));
			}
		}
		String purposes = loaded.sourceOf("purposes");
		Set<String> usedCategories = new HashSet<>();
		for (Register.Purpose purpose : register.purposes()) {
			usedCategories.addAll(purpose.dataCategories());
			if (purpose.retention().isEmpty()) {
				warnings.add(new LintWarning(Kind.PURPOSE_WITHOUT_RETENTION, purposes, purpose.id(),
						purposes + ": purpose '" + purpose.id() + "' has no retention rule"));
				continue;
			}
			boolean consentOnly = !purpose.legalBases().isEmpty() && purpose.legalBases()
				.stream()
				.allMatch(id -> register.legalBasis(id).map(Register.LegalBasis::consentBased).orElse(false));
			if (consentOnly) {
				purpose.retention()
					.stream()
					.flatMap(id -> register.retentionRule(id).stream())
					.filter(rule -> !"consent-withdrawal".equals(rule.trigger()))
					.forEach(rule -> warnings
						.add(new LintWarning(Kind.RETENTION_OUTLIVES_CONSENT, purposes, purpose.id(),
								purposes + ": purpose '" + purpose.id()
										+ "' rests on consent alone but its retention rule '" + rule.id()
										+ "' keeps data " + rule.duration() + " from " + rule.trigger()
										+ ", beyond a withdrawal of consent")));
			}
		}
		String categories = loaded.sourceOf("data_categories");
		for (Register.DataCategory category : register.dataCategories()) {
			if (!usedCategories.contains(category.id())) {
				warnings.add(new LintWarning(Kind.UNUSED_DATA_CATEGORY, categories, category.id(),
						categories + ": data category '" + category.id() + "' is used by no purpose"));
			}
		}
		return warnings;
	}

}
