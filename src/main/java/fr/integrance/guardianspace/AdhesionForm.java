package fr.integrance.guardianspace;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

import fr.integrance.contracts.DependantType;
import fr.integrance.contracts.HealthNeeds;
import fr.integrance.contracts.Housing;
import fr.integrance.contracts.ProtectionMeasure;
import fr.integrance.platform.Bic;
import fr.integrance.platform.Civility;
import fr.integrance.platform.Iban;
import fr.integrance.platform.Nir;
import fr.integrance.platform.PersonName;
import fr.integrance.platform.PostalCode;
import fr.integrance.platform.ValueOf;

/**
 * The adhesion form of a new protected adult (one page): identity and NIR, the measure
 * and its judgment, care and housing, the health needs, the plan, the bank details and up
 * to {@value #BENEFICIARY_ROWS} beneficiaries (rows left blank are ignored). The judgment
 * travels apart, as a file. {@link #toString()} prints nothing of it.
 */
record AdhesionForm(@NotNull(message = "{guardianadhesion.error.required}") @Nullable Civility civility,
		@NotBlank(message = "{guardianadhesion.error.required}") @ValueOf(value = PersonName.class, parser = "part",
				message = "{intake.error.last-name.invalid}") @Nullable String lastName,
		@NotBlank(message = "{guardianadhesion.error.required}") @ValueOf(value = PersonName.class, parser = "part",
				message = "{intake.error.first-name.invalid}") @Nullable String firstName,
		@ValueOf(value = PersonName.class, parser = "part",
				message = "{intake.error.birth-name.invalid}") @Nullable String birthName,
		@NotNull(message = "{guardianadhesion.error.required}") @DateTimeFormat(
				iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate birthDate,
		@NotBlank(message = "{guardianadhesion.error.required}") @ValueOf(Nir.class) @Nullable String nir,
		@NotBlank(message = "{guardianadhesion.error.required}") @Size(max = 100,
				message = "{intake.error.address.too-long}") @Nullable String addressLine1,
		@Size(max = 100, message = "{intake.error.address.too-long}") @Nullable String addressLine2,
		@NotBlank(message = "{guardianadhesion.error.required}") @ValueOf(PostalCode.class) @Nullable String postalCode,
		@NotBlank(message = "{guardianadhesion.error.required}") @Size(max = 100,
				message = "{intake.error.address.too-long}") @Nullable String city,
		@NotNull(message = "{guardianadhesion.error.required}") @Nullable ProtectionMeasure measureType,
		@NotBlank(message = "{guardianadhesion.error.required}") @Size(max = 100,
				message = "{representation.court.invalid}") @Nullable String court,
		@NotNull(message = "{guardianadhesion.error.required}") @DateTimeFormat(
				iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate judgmentDate,
		@NotBlank(message = "{guardianadhesion.error.required}") @Size(max = 100,
				message = "{representation.court-reference.invalid}") @Nullable String reference,
		@NotNull(message = "{guardianadhesion.error.required}") @DateTimeFormat(
				iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate validFrom,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate validUntil,
		@NotNull(message = "{guardianadhesion.error.required}") @Nullable Housing housing,
		@Size(max = 100, message = "{guardianadhesion.error.establishment}") @Nullable String establishment,
		@Nullable Boolean hospitalisation, @Nullable Boolean optics, @Nullable Boolean dental,
		@Nullable Boolean hearing, @Nullable Boolean longTermCondition,
		@Size(max = HealthNeeds.MAX_DETAILS, message = "{health-needs.details.invalid}") @Nullable String needsDetails,
		@NotBlank(message = "{guardianadhesion.error.plan}") @Nullable String planCode,
		@NotBlank(message = "{guardianadhesion.error.required}") @ValueOf(Iban.class) @Nullable String iban,
		@NotBlank(message = "{guardianadhesion.error.required}") @ValueOf(Bic.class) @Nullable String bic,
		@NotBlank(message = "{guardianadhesion.error.required}") @Size(max = 200,
				message = "{guardianadhesion.error.holder}") @Nullable String accountHolder,
		@Valid List<BeneficiaryRow> beneficiaries) {

	static final int BENEFICIARY_ROWS = 3;

	AdhesionForm {
		beneficiaries = beneficiaries == null ? new ArrayList<>() : new ArrayList<>(beneficiaries);
		while (beneficiaries.size() < BENEFICIARY_ROWS) {
			beneficiaries.add(BeneficiaryRow.empty());
		}
	}

	static AdhesionForm empty() {
		return new AdhesionForm(null, null, null, null, null, null, null, null, null, null, null, null, null, null,
				null, null, null, null, null, null, null, null, null, null, null, null, null, null, List.of());
	}

	HealthNeeds healthNeeds() {
		return new HealthNeeds(Boolean.TRUE.equals(hospitalisation), Boolean.TRUE.equals(optics),
				Boolean.TRUE.equals(dental), Boolean.TRUE.equals(hearing), Boolean.TRUE.equals(longTermCondition),
				needsDetails);
	}

	/** The rows the agent filled in. */
	List<BeneficiaryRow> filledBeneficiaries() {
		return beneficiaries.stream().filter(row -> !row.blank()).toList();
	}

	@Override
	public String toString() {
		return "AdhesionForm[****]";
	}

	/** A beneficiary row; all four parts are required once one is given. */
	record BeneficiaryRow(@Nullable DependantType relationship, @Nullable Civility civility,
			@ValueOf(value = PersonName.class, parser = "part",
					message = "{intake.error.last-name.invalid}") @Nullable String lastName,
			@ValueOf(value = PersonName.class, parser = "part",
					message = "{intake.error.first-name.invalid}") @Nullable String firstName,
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate birthDate) {

		static BeneficiaryRow empty() {
			return new BeneficiaryRow(null, null, null, null, null);
		}

		boolean blank() {
			return relationship == null && civility == null && (lastName == null || lastName.isBlank())
					&& (firstName == null || firstName.isBlank()) && birthDate == null;
		}

		boolean complete() {
			return relationship != null && civility != null && lastName != null && !lastName.isBlank()
					&& firstName != null && !firstName.isBlank() && birthDate != null;
		}

		@Override
		public String toString() {
			return "BeneficiaryRow[****]";
		}

	}

}
