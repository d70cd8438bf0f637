package fr.integrance.website;

import fr.integrance.platform.PhoneNumber;

/** How the public forms tidy what people type before validating it. */
final class FormText {

	private FormText() {
	}

	/** A one-line value: trimmed, inner runs of spaces collapsed, blank as null. */
	static String line(String value) {
		if (value == null) {
			return null;
		}
		String cleaned = value.strip().replaceAll("\\s+", " ");
		return cleaned.isEmpty() ? null : cleaned;
	}

	/** A multi-line message: trimmed at both ends, line breaks kept, blank as null. */
	static String text(String value) {
		if (value == null) {
			return null;
		}
		String cleaned = value.strip().replace("\r\n", "\n");
		return cleaned.isEmpty() ? null : cleaned;
	}

	/**
	 * A telephone number as it is stored: E.164 ({@code +33612345678}), null when none
	 * was typed. Only for a value {@link fr.integrance.platform.PhoneNumberField}
	 * accepted.
	 */
	static String phone(String typed) {
		return typed == null || typed.isBlank() ? null : PhoneNumber.parse(typed).e164();
	}

}
