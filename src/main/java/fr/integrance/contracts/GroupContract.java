package fr.integrance.contracts;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * An employer's group contract: its reference ({@code CC-} and six digits), the plans it
 * offers, the staff categories it covers, its dates (end null while it runs).
 */
public record GroupContract(GroupContractId id, String reference, UUID employerOrganisation, List<String> planCodes,
		List<String> populationCategories, LocalDate startDate, @Nullable LocalDate endDate) {

	/**
	 * The reference of the {@code serial}-th group contract: {@code CC-} and six digits
	 * (from a sequence).
	 */
	public static String reference(long serial) {
		return "CC-" + String.format(Locale.ROOT, "%06d", serial);
	}

	public GroupContract {
		planCodes = List.copyOf(planCodes);
		populationCategories = List.copyOf(populationCategories);
	}
}
