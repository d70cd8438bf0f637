package fr.integrance.audit;

import java.util.regex.Pattern;

/**
 * The shape every reference in the journal must have. The journal stores ids, never
 * personal values: a strict alphabet without '@', spaces or accents keeps e-mail
 * addresses, names and free text out, whatever a caller passes by mistake.
 */
final class AuditRefs {

	static final int MAX_LENGTH = 100;

	private static final Pattern REF = Pattern.compile("[A-Za-z0-9:_.-]{1," + MAX_LENGTH + "}");

	private AuditRefs() {
	}

	static String require(String what, String value) {
		if (value == null) {
			throw new IllegalArgumentException(what + " is required");
		}
		return optional(what, value);
	}

	static String optional(String what, String value) {
		if (value != null && !REF.matcher(value).matches()) {
			// The value is not echoed: it may be exactly the personal data that must not
			// spread.
			throw new IllegalArgumentException(what + " must be an id of 1 to " + MAX_LENGTH
					+ " characters among [A-Za-z0-9:_.-], never a personal value");
		}
		return value;
	}

}
