package fr.integrance.backoffice;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Optional;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.springframework.validation.Errors;

import fr.integrance.contracts.MemberNumber;
import fr.integrance.platform.InvalidValueException;
import fr.integrance.platform.Nir;

/**
 * The forms of the staff's person and contract pages: records with only the fields staff
 * may set, bound as text and checked here so that each error names the field in French (a
 * date typed as 31/02/1980 gets "date" advice, not a conversion stack).
 */
final class FileForms {

	/**
	 * Fewest letters of a last name searched by prefix: one letter would list a tenth of
	 * the base.
	 */
	static final int MIN_NAME_LETTERS = 2;

	static final int MAX_REASON_LENGTH = 500;

	/** A name as people write it: letters, spaces, hyphens and apostrophes. */
	private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{M} '’-]{1,100}");

	private static final Pattern LETTER = Pattern.compile("\\p{L}");

	private static final DateTimeFormatter FRENCH_DATE = DateTimeFormatter.ofPattern("d/M/uuuu")
		.withResolverStyle(ResolverStyle.STRICT);

	private static final LocalDate EARLIEST_BIRTH = LocalDate.of(1890, 1, 1);

	private FileForms() {
	}

	/** Search (a): last name or birth name, as a prefix, and an optional birth date. */
	record NameSearch(@Nullable String lastName, @Nullable String birthDate) {

		static NameSearch empty() {
			return new NameSearch(null, null);
		}

		boolean submitted() {
			return lastName != null || birthDate != null;
		}

		String trimmedName() {
			return lastName == null ? "" : lastName.strip();
		}

		/** Checks the fields; the birth date when valid, empty when absent or invalid. */
		Optional<LocalDate> validate(Errors errors, LocalDate today) {
			String name = trimmedName();
			if (name.isEmpty()) {
				errors.rejectValue("lastName", "files.search.name.required");
			}
			else if (!NAME.matcher(name).matches()) {
				errors.rejectValue("lastName", "files.search.name.invalid");
			}
			else if (LETTER.matcher(name).results().count() < MIN_NAME_LETTERS) {
				errors.rejectValue("lastName", "files.search.name.too-short", new Object[] { MIN_NAME_LETTERS }, null);
			}
			if (birthDate == null || birthDate.isBlank()) {
				return Optional.empty();
			}
			Optional<LocalDate> date = parseDate(birthDate);
			if (date.isEmpty()) {
				errors.rejectValue("birthDate", "files.date.invalid");
			}
			else if (date.get().isAfter(today) || date.get().isBefore(EARLIEST_BIRTH)) {
				errors.rejectValue("birthDate", "files.search.birth-date.out-of-range");
				return Optional.empty();
			}
			return date;
		}
	}

	/** Search (b): a member number, which leads straight to its contract. */
	record MemberSearch(@Nullable String memberNumber) {

		static MemberSearch empty() {
			return new MemberSearch(null);
		}

		boolean submitted() {
			return memberNumber != null;
		}

		Optional<MemberNumber> validate(Errors errors) {
			String digits = memberNumber == null ? "" : memberNumber.replaceAll("[\\s.\\u00A0\\u202F]", "");
			if (digits.isEmpty()) {
				errors.rejectValue("memberNumber", "files.search.member-number.required");
				return Optional.empty();
			}
			if (!MemberNumber.isValid(digits)) {
				errors.rejectValue("memberNumber", "files.search.member-number.invalid");
				return Optional.empty();
			}
			return Optional.of(MemberNumber.parse(digits));
		}
	}

	/**
	 * Search (c): an exact NIR, posted (never in a URL), looked up through its blind
	 * index.
	 */
	record NirSearch(@Nullable String nir) {

		static NirSearch empty() {
			return new NirSearch(null);
		}

		Optional<Nir> validate(Errors errors) {
			try {
				return Optional.of(Nir.parse(nir));
			}
			catch (InvalidValueException e) {
				errors.rejectValue("nir", e.messageKey());
				return Optional.empty();
			}
		}

		/**
		 * The masked {@code toString}: a search form must not print the number it holds
		 * into a log.
		 */
		@Override
		public String toString() {
			return "NirSearch[****]";
		}
	}

	/** Suspending a contract: why. */
	record SuspensionForm(String reason) {

		static SuspensionForm empty() {
			return new SuspensionForm("");
		}

		Optional<String> validate(Errors errors) {
			return checkedReason(reason, errors);
		}

		/**
		 * Masked: the reason is free text about the member (unpaid contributions,
		 * illness…).
		 */
		@Override
		public String toString() {
			return "SuspensionForm[reason=****]";
		}
	}

	/** Terminating a contract: from when, and why. */
	record TerminationForm(String endDate, String reason) {

		static TerminationForm empty(LocalDate today) {
			return new TerminationForm(today.toString(), "");
		}

		Optional<LocalDate> validateDate(Errors errors) {
			if (endDate == null || endDate.isBlank()) {
				errors.rejectValue("endDate", "files.contract.end-date.required");
				return Optional.empty();
			}
			Optional<LocalDate> date = parseDate(endDate);
			if (date.isEmpty()) {
				errors.rejectValue("endDate", "files.date.invalid");
			}
			return date;
		}

		Optional<String> validateReason(Errors errors) {
			return checkedReason(reason, errors);
		}

		/** Masked: the reason is free text about the member (a death, a move abroad…). */
		@Override
		public String toString() {
			return "TerminationForm[endDate=" + endDate + ", reason=****]";
		}
	}

	private static Optional<String> checkedReason(String reason, Errors errors) {
		String text = reason == null ? "" : reason.strip();
		if (text.isEmpty()) {
			errors.rejectValue("reason", "files.contract.reason.required");
			return Optional.empty();
		}
		if (text.length() > MAX_REASON_LENGTH) {
			errors.rejectValue("reason", "files.contract.reason.too-long", new Object[] { MAX_REASON_LENGTH }, null);
			return Optional.empty();
		}
		return Optional.of(text);
	}

	/**
	 * A date as a date field sends it ({@code 1980-05-17}) or as a person types it where
	 * the browser shows a plain text box ({@code 17/05/1980}).
	 */
	static Optional<LocalDate> parseDate(String text) {
		String value = text.strip();
		try {
			if (value.matches("\\d{4}-\\d{2}-\\d{2}")) {
				return Optional.of(LocalDate.parse(value));
			}
			if (value.matches("\\d{1,2}/\\d{1,2}/\\d{4}")) {
				return Optional.of(LocalDate.parse(value, FRENCH_DATE));
			}
		}
		catch (DateTimeParseException e) {
			// an impossible date such as 31/02/1980: reported below like any other bad
			// date
		}
		return Optional.empty();
	}

}
