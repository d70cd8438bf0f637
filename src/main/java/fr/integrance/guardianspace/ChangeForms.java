package fr.integrance.guardianspace;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

import fr.integrance.contracts.Housing;
import fr.integrance.platform.PostalCode;
import fr.integrance.platform.ValueOf;
import fr.integrance.requests.GuardianChange;

/** The forms of a protected adult's changes page, each sending one case. */
final class ChangeForms {

	private ChangeForms() {
	}

	/** A new plan for the contract's next anniversary. */
	record PlanForm(@NotBlank(message = "{guardianadhesion.error.plan}") @Nullable String planCode) {

		static PlanForm empty() {
			return new PlanForm(null);
		}
	}

	/**
	 * A new contact address and/or care and housing; the address's parts are all given or
	 * all left empty.
	 */
	record AddressForm(@Size(max = 100, message = "{intake.error.address.too-long}") @Nullable String addressLine1,
			@Size(max = 100, message = "{intake.error.address.too-long}") @Nullable String addressLine2,
			@ValueOf(PostalCode.class) @Nullable String postalCode,
			@Size(max = 100, message = "{intake.error.address.too-long}") @Nullable String city,
			@Nullable Housing housing,
			@Size(max = 100, message = "{guardianadhesion.error.establishment}") @Nullable String establishment) {

		static AddressForm empty() {
			return new AddressForm(null, null, null, null, null, null);
		}

		boolean hasAddress() {
			return filled(addressLine1) || filled(postalCode) || filled(city);
		}

		static boolean filled(@Nullable String text) {
			return text != null && !text.isBlank();
		}

		@Override
		public String toString() {
			return "AddressForm[****]";
		}
	}

	/** The end of the representation. */
	record TerminationForm(
			@NotNull(message = "{guardianadhesion.error.required}") GuardianChange.@Nullable Termination reason,
			@NotNull(message = "{guardianadhesion.error.required}") @DateTimeFormat(
					iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate lastDay) {

		static TerminationForm empty() {
			return new TerminationForm(null, null);
		}
	}

}
