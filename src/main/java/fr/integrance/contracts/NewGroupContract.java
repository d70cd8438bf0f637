package fr.integrance.contracts;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A group contract to sign with an employer (identity's organisation id): the plans it
 * offers, the staff categories it covers (e.g. « cadres », « non-cadres »; at most 50
 * characters each) and its start date.
 */
public record NewGroupContract(UUID employerOrganisation, List<String> planCodes, List<String> populationCategories,
		LocalDate startDate) {

	public NewGroupContract {
		Objects.requireNonNull(employerOrganisation, "employerOrganisation");
		Objects.requireNonNull(startDate, "startDate");
		planCodes = planCodes == null ? List.of() : List.copyOf(planCodes);
		populationCategories = populationCategories == null ? List.of() : List.copyOf(populationCategories);
	}
}
