package fr.integrance.employerspace.api;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import fr.integrance.contracts.TerminationReason;
import fr.integrance.employerspace.BankDetails;
import fr.integrance.employerspace.DependantEnrolment;
import fr.integrance.employerspace.EmployeeAddress;
import fr.integrance.employerspace.Modification;
import fr.integrance.people.FamilySituation;
import fr.integrance.people.MandatoryScheme;
import fr.integrance.people.PersonId;

/**
 * The JSON bodies of the API's movements (the enrolment is the {@code Enrolment} record).
 */
final class MovementBodies {

	private MovementBodies() {
	}

	/** A termination (radiation): the last day of employment and the reason. */
	record TerminationBody(@Nullable LocalDate lastDayOfEmployment, @Nullable TerminationReason reason) {
	}

	/** The kinds of modification, as the body's {@code type}. */
	enum ModificationType {

		ADDRESS, FAMILY_SITUATION, SCHEME, BANK_DETAILS, DEPENDANT_ADDED, DEPENDANT_REMOVED

	}

	/**
	 * One modification: its {@code type}, its {@code effectiveDate} and the fields of
	 * that type ({@code address}; {@code familySituation}; {@code scheme} and
	 * {@code schemeFund}; {@code bank}; {@code dependant}; {@code dependantPersonId}).
	 */
	record ModificationBody(@Nullable ModificationType type, @Nullable LocalDate effectiveDate,
			@Nullable EmployeeAddress address, @Nullable FamilySituation familySituation,
			@Nullable MandatoryScheme scheme, @Nullable String schemeFund, @Nullable BankDetails bank,
			@Nullable DependantEnrolment dependant, @Nullable UUID dependantPersonId) {

		/** The modification; null when {@code type} is missing. */
		@Nullable Modification toModification() {
			if (type == null) {
				return null;
			}
			return switch (type) {
				case ADDRESS -> new Modification.AddressChange(address, effectiveDate);
				case FAMILY_SITUATION -> new Modification.FamilySituationChange(familySituation, effectiveDate);
				case SCHEME -> new Modification.SchemeChange(scheme, schemeFund, effectiveDate);
				case BANK_DETAILS -> new Modification.BankDetailsChange(bank, effectiveDate);
				case DEPENDANT_ADDED -> new Modification.DependantAddition(dependant, effectiveDate);
				case DEPENDANT_REMOVED -> new Modification.DependantRemoval(
						dependantPersonId == null ? null : new PersonId(dependantPersonId), effectiveDate);
			};
		}

		@Override
		public String toString() {
			return "ModificationBody[type=" + type + "]";
		}

	}

}
