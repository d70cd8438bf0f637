package fr.integrance.employerspace;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import fr.integrance.people.FamilySituation;
import fr.integrance.people.MandatoryScheme;
import fr.integrance.people.PersonId;

/**
 * One change to an affiliate, effective on {@link #effectiveDate()} (required: field
 * {@code effectiveDate}). The person's record takes the new value at once; the history
 * keeps the date it takes effect.
 */
public sealed interface Modification {

	@Nullable LocalDate effectiveDate();

	/** The kind of movement it is recorded as. */
	MovementKind kind();

	/** A new postal address. */
	record AddressChange(@Nullable EmployeeAddress address, @Nullable LocalDate effectiveDate) implements Modification {

		@Override
		public MovementKind kind() {
			return MovementKind.ADDRESS;
		}

	}

	/** A new family situation (field {@code familySituation}). */
	record FamilySituationChange(@Nullable FamilySituation familySituation,
			@Nullable LocalDate effectiveDate) implements Modification {

		@Override
		public MovementKind kind() {
			return MovementKind.FAMILY_SITUATION;
		}

	}

	/** A new mandatory scheme and fund (fields {@code scheme}, {@code schemeFund}). */
	record SchemeChange(@Nullable MandatoryScheme scheme, @Nullable String schemeFund,
			@Nullable LocalDate effectiveDate) implements Modification {

		@Override
		public MovementKind kind() {
			return MovementKind.SCHEME;
		}

	}

	/** New bank details (the former account stays in the person's history). */
	record BankDetailsChange(@Nullable BankDetails bank, @Nullable LocalDate effectiveDate) implements Modification {

		@Override
		public MovementKind kind() {
			return MovementKind.BANK_DETAILS;
		}

	}

	/** A dependant covered from the effective date (fields {@code dependant.*}). */
	record DependantAddition(@Nullable DependantEnrolment dependant,
			@Nullable LocalDate effectiveDate) implements Modification {

		@Override
		public MovementKind kind() {
			return MovementKind.DEPENDANT_ADDED;
		}

	}

	/**
	 * A dependant no longer covered after the effective date (their last day of cover;
	 * field {@code dependant} when they are not a dependant of this affiliate).
	 */
	record DependantRemoval(@Nullable PersonId dependant, @Nullable LocalDate effectiveDate) implements Modification {

		@Override
		public MovementKind kind() {
			return MovementKind.DEPENDANT_REMOVED;
		}

	}

}
