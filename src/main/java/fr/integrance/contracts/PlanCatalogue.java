package fr.integrance.contracts;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The individual plans on offer, read once from {@code catalogue/plans.yml}: what each
 * plan covers and its indicative monthly price per age band. A plan with a missing price
 * or coverage line stops the start, so the comparison table is never shown with holes.
 */
@Component
public class PlanCatalogue {

	private final Catalogue catalogue;

	PlanCatalogue(@Value("${app.catalogue.location:classpath:catalogue/plans.yml}") Resource location) {
		this.catalogue = read(location);
	}

	public List<Plan> plans() {
		return catalogue.plans();
	}

	public List<AgeBand> ageBands() {
		return catalogue.ageBands();
	}

	public List<CoverageLine> coverageLines() {
		return catalogue.coverageLines();
	}

	public String currency() {
		return catalogue.currency();
	}

	public Optional<Plan> plan(String code) {
		return catalogue.plans().stream().filter(plan -> plan.code().equals(code)).findFirst();
	}

	/**
	 * The indicative monthly price of a plan for a person of that age, if the age is in a
	 * band.
	 */
	public Optional<BigDecimal> price(String planCode, int age) {
		return plan(planCode).flatMap(plan -> catalogue.ageBands()
			.stream()
			.filter(band -> age >= band.minAge() && age <= band.maxAge())
			.findFirst()
			.map(band -> plan.prices().get(band.code())));
	}

	private static Catalogue read(Resource location) {
		ObjectMapper yaml = YAMLMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
		try (InputStream in = location.getInputStream()) {
			Catalogue catalogue = yaml.readValue(in, Catalogue.class);
			catalogue.validate(location.getDescription());
			return catalogue;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the plan catalogue " + location.getDescription(), ex);
		}
	}

	record Catalogue(String currency, List<AgeBand> ageBands, List<CoverageLine> coverageLines, List<Plan> plans) {

		void validate(String source) {
			for (Plan plan : plans) {
				for (AgeBand band : ageBands) {
					if (plan.prices().get(band.code()) == null) {
						throw new IllegalStateException(
								source + ": plan '" + plan.code() + "' has no price for age band " + band.code());
					}
				}
				for (CoverageLine line : coverageLines) {
					if (plan.coverage().get(line.code()) == null) {
						throw new IllegalStateException(
								source + ": plan '" + plan.code() + "' has no coverage for '" + line.code() + "'");
					}
				}
			}
		}
	}

	/** An age band of the price grid, bounds included. */
	public record AgeBand(String code, int minAge, int maxAge) {
	}

	/**
	 * A line of the comparison table (a kind of care), labelled in French and English.
	 */
	public record CoverageLine(String code, String label, String labelEn) {

		public String label(Locale locale) {
			return "en".equals(locale.getLanguage()) && labelEn != null ? labelEn : label;
		}
	}

	/**
	 * A plan (formule): its coverage per line and its indicative monthly price per age
	 * band.
	 */
	public record Plan(String code, String name, String summary, String summaryEn, Map<String, String> coverage,
			Map<String, BigDecimal> prices) {

		public String summary(Locale locale) {
			return "en".equals(locale.getLanguage()) && summaryEn != null ? summaryEn : summary;
		}
	}

}
