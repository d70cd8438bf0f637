package fr.integrance.contracts;

import java.time.LocalDate;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import fr.integrance.people.PersonId;

/**
 * An employee to affiliate to a group contract: their staff category and plan (both
 * offered by the contract), the start of cover, and the start of their employment (null:
 * the start of cover), which the portability period is computed from.
 */
public record NewAffiliation(PersonId person, GroupContractId groupContract, String populationCategory, String planCode,
		LocalDate startDate, @Nullable LocalDate employmentStart) {

	public NewAffiliation {
		Objects.requireNonNull(person, "person");
		Objects.requireNonNull(groupContract, "groupContract");
		Objects.requireNonNull(populationCategory, "populationCategory");
		Objects.requireNonNull(planCode, "planCode");
		Objects.requireNonNull(startDate, "startDate");
		employmentStart = employmentStart == null ? startDate : employmentStart;
	}
}
