package fr.integrance.contracts;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import fr.integrance.people.PersonId;

/**
 * What opens an individual contract: the member, a plan code of the catalogue, a start
 * date, dependants.
 */
public record NewIndividualContract(PersonId member, String planCode, LocalDate startDate,
		List<NewDependant> dependants) {

	public NewIndividualContract {
		Objects.requireNonNull(member, "member");
		Objects.requireNonNull(planCode, "planCode");
		Objects.requireNonNull(startDate, "startDate");
		dependants = dependants == null ? List.of() : List.copyOf(dependants);
	}
}
