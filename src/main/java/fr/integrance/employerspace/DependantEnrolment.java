package fr.integrance.employerspace;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import fr.integrance.contracts.DependantType;
import fr.integrance.platform.Civility;

/**
 * A dependant (ayant droit) to cover, as typed. Required: {@code type}, {@code civility},
 * {@code lastName}, {@code firstNames}, {@code birthDate}; {@code nir} (their own, when
 * they have one) and {@code phone} may be null. Fields in problems are prefixed
 * ({@code dependants[0].lastName} in an enrolment, {@code dependant.lastName} in a
 * modification).
 */
public record DependantEnrolment(@Nullable DependantType type, @Nullable Civility civility, @Nullable String lastName,
		@Nullable String firstNames, @Nullable String birthName, @Nullable LocalDate birthDate, @Nullable String nir,
		@Nullable String phone) {

	@Override
	public String toString() {
		return "DependantEnrolment[type=" + type + "]";
	}

}
