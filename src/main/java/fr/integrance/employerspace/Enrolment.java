package fr.integrance.employerspace;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

import fr.integrance.people.FamilySituation;
import fr.integrance.people.MandatoryScheme;
import fr.integrance.platform.Civility;

/**
 * An employee to enrol, as the employer gives it (every text as typed: the service checks
 * and reports each field). Required: {@code category}, {@code planCode},
 * {@code startDate}, {@code civility}, {@code lastName}, {@code firstNames},
 * {@code birthDate}, {@code nir}, {@code address}. The rest may be null.
 *
 * @param contractReference the group contract ({@code CC-000001}); blank: the
 * organisation's only running one
 * @param category the population category (cadres, non-cadres…) the contract covers
 * @param planCode a plan the contract offers
 * @param startDate the first day of cover
 * @param employmentStart the first day of employment, which the portability period is
 * counted from (null: the start of cover)
 * @param birthName the birth name when it differs from the last name
 * @param nir the social security number (key and consistency with civility and birth date
 * checked)
 * @param schemeFund the fund's name or code (e.g. « CPAM du Rhône »)
 * @param bank bank details for reimbursements, or null
 * @param dependants the dependants to cover from the same start (null: none)
 */
public record Enrolment(@Nullable String contractReference, @Nullable String category, @Nullable String planCode,
		@Nullable LocalDate startDate, @Nullable LocalDate employmentStart, @Nullable Civility civility,
		@Nullable String lastName, @Nullable String firstNames, @Nullable String birthName,
		@Nullable LocalDate birthDate, @Nullable String nir, @Nullable EmployeeAddress address,
		@Nullable FamilySituation familySituation, @Nullable MandatoryScheme scheme, @Nullable String schemeFund,
		@Nullable String email, @Nullable String phone, @Nullable BankDetails bank,
		List<DependantEnrolment> dependants) {

	public Enrolment {
		dependants = dependants == null ? List.of() : List.copyOf(dependants);
	}

	/** Masked: no personal value in logs. */
	@Override
	public String toString() {
		return "Enrolment[contract=" + contractReference + ", category=" + category + ", plan=" + planCode
				+ ", dependants=" + dependants.size() + "]";
	}

}
