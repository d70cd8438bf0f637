package fr.integrance.memberspace;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.validation.BindingResult;

import fr.integrance.platform.EmailAddress;
import fr.integrance.platform.FrenchCommunes;
import fr.integrance.platform.InvalidValueException;
import fr.integrance.platform.PhoneNumber;
import fr.integrance.platform.PostalAddress;
import fr.integrance.platform.PostalCode;

/**
 * The forms of the contact details page: records with only the fields the member may set,
 * each checked by the value object that will hold it, errors next to the field, what was
 * typed kept.
 */
final class ContactForms {

	private ContactForms() {
	}

	/**
	 * A French postal address: the street line required, a complement (flat, building)
	 * and a locality (lieu-dit, post-office box) optional; the postal code must exist and
	 * serve the commune.
	 */
	record AddressForm(@Nullable String complement, @Nullable String street, @Nullable String locality,
			@Nullable String postalCode, @Nullable String city) {

		static AddressForm of(@Nullable PostalAddress address) {
			if (address == null || !address.isFrench()) {
				return new AddressForm("", "", "", "", "");
			}
			List<String> lines = address.lines();
			return switch (lines.size()) {
				case 1 -> new AddressForm("", lines.get(0), "", address.postalCode(), address.city());
				case 2 -> new AddressForm(lines.get(0), lines.get(1), "", address.postalCode(), address.city());
				default -> new AddressForm(lines.get(0), lines.get(1), String.join(" ", lines.subList(2, lines.size())),
						address.postalCode(), address.city());
			};
		}

		@Nullable PostalAddress validate(BindingResult result) {
			if (street == null || street.isBlank()) {
				result.rejectValue("street", "memberprofile.address.street.required");
			}
			PostalCode code = null;
			try {
				code = PostalCode.of(postalCode == null ? null : postalCode.replace(" ", ""));
			}
			catch (InvalidValueException e) {
				result.rejectValue("postalCode", e.messageKey());
			}
			if (city == null || city.isBlank()) {
				result.rejectValue("city", "memberprofile.address.city.required");
			}
			else if (code != null) {
				try {
					FrenchCommunes.check(code, city);
				}
				catch (InvalidValueException e) {
					result.rejectValue("postal-code.unknown".equals(e.messageKey()) ? "postalCode" : "city",
							e.messageKey());
				}
			}
			if (result.hasErrors() || code == null) {
				return null;
			}
			List<String> lines = new ArrayList<>();
			for (String line : new String[] { complement, street, locality }) {
				if (line != null && !line.isBlank()) {
					lines.add(line);
				}
			}
			try {
				return PostalAddress.french(lines, code, city);
			}
			catch (InvalidValueException e) {
				result.rejectValue("postal-address.city.invalid".equals(e.messageKey()) ? "city" : "street",
						e.messageKey());
				return null;
			}
		}

		/** The communes the postal code serves, to suggest when the one typed is not. */
		List<String> communes() {
			try {
				return FrenchCommunes.of(PostalCode.of(postalCode == null ? null : postalCode.replace(" ", "")));
			}
			catch (InvalidValueException e) {
				return List.of();
			}
		}

		@Override
		public String toString() {
			return "AddressForm[***]";
		}
	}

	/** A phone number, French by default; blank removes it. */
	record PhoneForm(@Nullable String phone) {

		static PhoneForm of(@Nullable PhoneNumber phone) {
			return new PhoneForm(phone == null ? "" : phone.display());
		}

		/** Whether the member asked to remove the number. */
		boolean cleared() {
			return phone == null || phone.isBlank();
		}

		@Nullable PhoneNumber validate(BindingResult result) {
			if (cleared()) {
				return null;
			}
			try {
				return PhoneNumber.parse(phone);
			}
			catch (InvalidValueException e) {
				result.rejectValue("phone", e.messageKey());
				return null;
			}
		}

		@Override
		public String toString() {
			return "PhoneForm[***]";
		}
	}

	/** The new e-mail address, different from the one on file. */
	record EmailForm(@Nullable String email) {

		static EmailForm empty() {
			return new EmailForm("");
		}

		@Nullable EmailAddress validate(BindingResult result, @Nullable EmailAddress current) {
			try {
				EmailAddress address = EmailAddress.of(email);
				if (current != null && address.equals(current)) {
					result.rejectValue("email", "memberprofile.email.same");
					return null;
				}
				return address;
			}
			catch (InvalidValueException e) {
				result.rejectValue("email", e.messageKey());
				return null;
			}
		}

		@Override
		public String toString() {
			return "EmailForm[***]";
		}
	}

}
