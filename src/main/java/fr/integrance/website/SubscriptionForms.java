package fr.integrance.website;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

import fr.integrance.contracts.DependantType;
import fr.integrance.people.FamilySituation;
import fr.integrance.people.MandatoryScheme;
import fr.integrance.platform.Civility;
import fr.integrance.platform.EmailAddress;
import fr.integrance.platform.PersonName;
import fr.integrance.platform.PhoneNumber;
import fr.integrance.platform.PlausibleBirthDate;
import fr.integrance.platform.PostalCode;
import fr.integrance.platform.ValueOf;

/**
 * The subscription request's steps as form records: only the fields a visitor may set,
 * tidied in their constructors, validated with French messages. Serialisable because the
 * draft that holds them lives in the HTTP session between steps.
 */
final class SubscriptionForms {

	static final String PLACE = "[\\p{L}\\p{M}0-9 '’.,()/-]*";
	static final int MAX_DEPENDANTS = 10;

	/** The civilities the forms offer, Madame first as they always have. */
	static final List<Civility> CIVILITIES = List.of(Civility.MME, Civility.M);

	private SubscriptionForms() {
	}

	/** Step 1: who the subscriber is and how to reach them. */
	record Identity(@NotNull(message = "{intake.error.civility.required}") @Nullable Civility civility,
			@NotBlank(message = "{intake.error.last-name.required}") @ValueOf(value = PersonName.class, parser = "part",
					message = "{intake.error.last-name.invalid}") @Nullable String lastName,
			@NotBlank(message = "{intake.error.first-name.required}") @ValueOf(value = PersonName.class,
					parser = "part", message = "{intake.error.first-name.invalid}") @Nullable String firstName,
			@ValueOf(value = PersonName.class, parser = "part",
					message = "{intake.error.birth-name.invalid}") @Nullable String birthName,
			@NotNull(message = "{intake.error.birth-date.required}") @PlausibleBirthDate(minimumAge = 18,
					message = "{intake.error.subscriber-birth-date.invalid}") @DateTimeFormat(
							iso = DateTimeFormat.ISO.DATE,
							fallbackPatterns = "dd/MM/yyyy") @Nullable LocalDate birthDate,
			@NotBlank(message = "{intake.error.phone.required}") @ValueOf(PhoneNumber.class) @Nullable String phone,
			@NotBlank(message = "{intake.error.email.required}") @ValueOf(value = EmailAddress.class,
					message = "{intake.error.email.invalid}") @Nullable String email,
			@NotBlank(message = "{intake.error.address-line1.required}") @Size(max = 100,
					message = "{intake.error.address.too-long}") @Pattern(regexp = PLACE,
							message = "{intake.error.address.invalid}") @Nullable String addressLine1,
			@Size(max = 100, message = "{intake.error.address.too-long}") @Pattern(regexp = PLACE,
					message = "{intake.error.address.invalid}") @Nullable String addressLine2,
			@NotBlank(message = "{intake.error.postal-code.required}") @ValueOf(value = PostalCode.class,
					message = "{intake.error.postal-code.invalid}") @Nullable String postalCode,
			@NotBlank(message = "{intake.error.city.required}") @Size(max = 100,
					message = "{intake.error.address.too-long}") @Pattern(regexp = PLACE,
							message = "{intake.error.city.invalid}") @Nullable String city)
			implements
				Serializable {

		Identity {
			lastName = FormText.line(lastName);
			firstName = FormText.line(firstName);
			birthName = FormText.line(birthName);
			phone = FormText.line(phone);
			email = FormText.line(email);
			addressLine1 = FormText.line(addressLine1);
			addressLine2 = FormText.line(addressLine2);
			postalCode = postalCode == null ? null : FormText.line(postalCode.replace(" ", ""));
			city = FormText.line(city);
		}

		static Identity empty() {
			return new Identity(null, null, null, null, null, null, null, null, null, null, null);
		}
	}

	/** Step 2: the mandatory scheme the plan completes and the family situation. */
	record Situation(@NotNull(message = "{intake.error.scheme.required}") @Nullable MandatoryScheme scheme,
			@Size(max = 100, message = "{intake.error.fund.too-long}") @Pattern(regexp = PLACE,
					message = "{intake.error.fund.invalid}") @Nullable String fund,
			@NotNull(message = "{intake.error.family-situation.required}") @Nullable FamilySituation familySituation)
			implements
				Serializable {

		Situation {
			fund = FormText.line(fund);
		}

		static Situation empty() {
			return new Situation(null, null, null);
		}
	}

	/** Step 3: the ayants droit, any number up to ten, possibly none. */
	private static final java.util.regex.Pattern ROW = java.util.regex.Pattern.compile("dependants\\[(\\d+)]\\.");

	record Dependants(@Valid @Size(max = MAX_DEPENDANTS,
			message = "{intake.error.dependants.too-many}") List<Dependant> dependants) implements Serializable {

		Dependants {
			dependants = dependants == null ? new ArrayList<>() : new ArrayList<>(dependants);
		}

		static Dependants empty() {
			return new Dependants(List.of());
		}

		Dependants withOneMore() {
			List<Dependant> more = new ArrayList<>(dependants);
			more.add(Dependant.empty());
			return new Dependants(more);
		}

		/**
		 * The rows as typed, when a value could not even be converted (a date typed by
		 * hand, a relationship no list offers) and Spring built no form: what converts is
		 * kept, the rest is left empty for the page to show with its error.
		 */
		static Dependants asTyped(java.util.Map<String, String[]> parameters) {
			int rows = 0;
			for (String name : parameters.keySet()) {
				java.util.regex.Matcher row = ROW.matcher(name);
				if (row.lookingAt() && row.group(1).length() < 3) {
					rows = Math.max(rows, Math.min(MAX_DEPENDANTS, Integer.parseInt(row.group(1)) + 1));
				}
			}
			List<Dependant> typed = new ArrayList<>();
			for (int index = 0; index < rows; index++) {
				String prefix = "dependants[" + index + "].";
				typed.add(new Dependant(
						FormText.constant(DependantType.class, first(parameters, prefix + "relationship")),
						FormText.constant(Civility.class, first(parameters, prefix + "civility")),
						first(parameters, prefix + "lastName"), first(parameters, prefix + "firstName"),
						date(first(parameters, prefix + "birthDate"))));
			}
			return new Dependants(typed);
		}

		private static @Nullable LocalDate date(@Nullable String typed) {
			for (java.time.format.DateTimeFormatter format : List.of(java.time.format.DateTimeFormatter.ISO_LOCAL_DATE,
					java.time.format.DateTimeFormatter.ofPattern("dd/MM/uuuu"))) {
				try {
					return typed == null ? null : LocalDate.parse(typed.strip(), format);
				}
				catch (java.time.format.DateTimeParseException ex) {
					// the next format, else none
				}
			}
			return null;
		}

		private static @Nullable String first(java.util.Map<String, String[]> parameters, String name) {
			String[] values = parameters.get(name);
			return values == null || values.length == 0 ? null : values[0];
		}

		Dependants without(int index) {
			List<Dependant> fewer = new ArrayList<>(dependants);
			if (index >= 0 && index < fewer.size()) {
				fewer.remove(index);
			}
			return new Dependants(fewer);
		}
	}

	record Dependant(@NotNull(message = "{intake.error.relationship.required}") @Nullable DependantType relationship,
			@NotNull(message = "{subscription.error.dependant-civility.required}") @Nullable Civility civility,
			@NotBlank(message = "{intake.error.dependant-last-name.required}") @ValueOf(value = PersonName.class,
					parser = "part", message = "{intake.error.last-name.invalid}") @Nullable String lastName,
			@NotBlank(message = "{intake.error.dependant-first-name.required}") @ValueOf(value = PersonName.class,
					parser = "part", message = "{intake.error.first-name.invalid}") @Nullable String firstName,
			@NotNull(message = "{intake.error.dependant-birth-date.required}") @PlausibleBirthDate(
					message = "{intake.error.birth-date.invalid}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE,
							fallbackPatterns = "dd/MM/yyyy") @Nullable LocalDate birthDate)
			implements
				Serializable {

		Dependant {
			lastName = FormText.line(lastName);
			firstName = FormText.line(firstName);
		}

		static Dependant empty() {
			return new Dependant(null, null, null, null, null);
		}
	}

	/** Step 4: the plan (formule) of the catalogue. */
	record Plan(@NotBlank(message = "{intake.error.plan.required}") @Nullable String planCode) implements Serializable {

		static Plan empty() {
			return new Plan(null);
		}
	}

	/**
	 * Step 5: the consents; the attestation file is kept apart, as a stored attachment.
	 */
	record Documents(Boolean marketingConsent,
			@AssertTrue(message = "{intake.error.certify.required}") Boolean certifiesAccuracy)
			implements
				Serializable {

		/** An unticked box sends nothing: absent means no. */
		Documents {
			marketingConsent = Boolean.TRUE.equals(marketingConsent);
			certifiesAccuracy = Boolean.TRUE.equals(certifiesAccuracy);
		}

		static Documents empty() {
			return new Documents(false, false);
		}
	}

}
