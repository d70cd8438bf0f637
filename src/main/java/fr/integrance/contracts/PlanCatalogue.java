package fr.integrance.contracts;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The individual plans on offer, read once from {@code catalogue/plans.yml}: what each
 * plan covers and its indicative monthly price per age band. A plan with a missing price
 * or coverage line stops the start, so the comparison table is never shown with holes.
 */
public interface PlanCatalogue {

	List<Plan> plans();

	List<AgeBand> ageBands();

	List<CoverageLine> coverageLines();

	String currency();

	Optional<Plan> plan(String code);

	/**
	 * The indicative monthly price of a plan for a person of that age, if the age is in a
	 * band.
	 */
	Optional<BigDecimal> price(String planCode, int age);

	/** An age band of the price grid, bounds included. */
	record AgeBand(String code, int minAge, int maxAge) {
	}

	/**
	 * A line of the comparison table (a kind of care), labelled in French and English.
	 */
	record CoverageLine(String code, String label, String labelEn) {

		public String label(Locale locale) {
			return "en".equals(locale.getLanguage()) && labelEn != null ? labelEn : label;
		}
	}

	/**
	 * A plan (formule): its coverage per line and its indicative monthly price per age
	 * band.
	 */
	record Plan(String code, String name, String summary, String summaryEn, Map<String, String> coverage,
			Map<String, BigDecimal> prices) {

		public String summary(Locale locale) {
			return "en".equals(locale.getLanguage()) && summaryEn != null ? summaryEn : summary;
		}
	}

}
