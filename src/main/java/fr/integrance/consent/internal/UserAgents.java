package fr.integrance.consent.internal;

import org.jspecify.annotations.Nullable;

/** The user agent as stored with a consent record: printable, at most 200 characters. */
final class UserAgents {

	static final int MAX_LENGTH = 200;

	private UserAgents() {
	}

	static @Nullable String truncate(@Nullable String userAgent) {
		if (userAgent == null || userAgent.isBlank()) {
			return null;
		}
		String printable = userAgent.replaceAll("\\p{Cntrl}", " ").strip();
		if (printable.length() <= MAX_LENGTH) {
			return printable;
		}
		int end = MAX_LENGTH;
		if (Character.isHighSurrogate(printable.charAt(end - 1))) {
			end--;
		}
		return printable.substring(0, end);
	}

}
