package fr.integrance.contracts.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

import fr.integrance.contracts.PlanCatalogue;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** {@link PlanCatalogue} read from YAML, validated at start. */
@Component
class YamlPlanCatalogue implements PlanCatalogue {

	private final Catalogue catalogue;

	YamlPlanCatalogue(@Value("${app.catalogue.location:classpath:catalogue/plans.yml}") Resource location) {
		this.catalogue = read(location);
	}

	@Override
	public List<Plan> plans() {
		return catalogue.plans();
	}

	@Override
	public List<AgeBand> ageBands() {
		return catalogue.ageBands();
	}

	@Override
	public List<CoverageLine> coverageLines() {
		return catalogue.coverageLines();
	}

	@Override
	public String currency() {
		return catalogue.currency();
	}

	@Override
	public Optional<Plan> plan(String code) {
		return catalogue.plans().stream().filter(plan -> plan.code().equals(code)).findFirst();
	}

	@Override
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

}
