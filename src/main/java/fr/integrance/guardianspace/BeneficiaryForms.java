package fr.integrance.guardianspace;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

import fr.integrance.contracts.DependantType;
import fr.integrance.people.MandatoryScheme;
import fr.integrance.platform.Civility;
import fr.integrance.platform.Nir;
import fr.integrance.platform.PersonName;
import fr.integrance.platform.PlausibleBirthDate;
import fr.integrance.platform.ValueOf;

/**
 * The forms of a protected adult's beneficiaries page: only the fields an agent may set
 * (never the contract nor the adult, taken from the adult the organisation represents),
 * each checked by the value object that will hold it, errors beside the field, what was
 * typed kept. The proof travels apart, as a file.
 */
final class BeneficiaryForms {

	/** The relations a beneficiary may have to the adult: a partner or a child. */
	static final List<DependantType> RELATIONSHIPS = List.of(DependantType.CHILD, DependantType.SPOUSE,
			DependantType.PACS_PARTNER, DependantType.COHABITANT);

	static final List<Civility> CIVILITIES = List.of(Civility.MME, Civility.M);

	private BeneficiaryForms() {
	}

	/** A beneficiary to cover from a date. */
	record Addition(@NotNull(
			message = "{guardianchanges.beneficiary.error.relationship.required}") @Nullable DependantType relationship,
			@NotNull(message = "{memberfamily.error.civility.required}") @Nullable Civility civility,
			@NotBlank(message = "{memberfamily.error.last-name.required}") @ValueOf(value = PersonName.class,
					parser = "part", message = "{memberfamily.error.last-name.invalid}") @Nullable String lastName,
			@NotBlank(message = "{memberfamily.error.first-name.required}") @ValueOf(value = PersonName.class,
					parser = "part", message = "{memberfamily.error.first-name.invalid}") @Nullable String firstName,
			@NotNull(message = "{memberfamily.error.birth-date.required}") @PlausibleBirthDate(
					message = "{memberfamily.error.birth-date.invalid}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE,
							fallbackPatterns = "dd/MM/yyyy") @Nullable LocalDate birthDate,
			@ValueOf(value = Nir.class, message = "{memberfamily.error.nir.invalid}") @Nullable String nir,
			@NotNull(message = "{memberfamily.error.scheme.required}") @Nullable MandatoryScheme scheme,
			@NotNull(message = "{memberfamily.error.from.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE,
					fallbackPatterns = "dd/MM/yyyy") @Nullable LocalDate from) {

		Addition {
			lastName = lastName == null ? null : lastName.strip();
			firstName = firstName == null ? null : firstName.strip();
			nir = nir == null || nir.isBlank() ? null : nir.strip();
		}

		static Addition empty(@Nullable LocalDate from) {
			return new Addition(null, null, "", "", null, "", null, from);
		}

		@Override
		public String toString() {
			return "Addition[****]";
		}
	}

	/** The end of a beneficiary's cover. */
	record Removal(
			@NotNull(message = "{memberfamily.error.last-day.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE,
					fallbackPatterns = "dd/MM/yyyy") @Nullable LocalDate lastDay,
			@Size(max = 500, message = "{memberfamily.error.reason.too-long}") @Nullable String reason) {

		static Removal empty() {
			return new Removal(null, "");
		}

		@Override
		public String toString() {
			return "Removal[…]";
		}
	}

}
