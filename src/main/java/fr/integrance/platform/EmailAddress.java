package fr.integrance.platform;

import org.jspecify.annotations.Nullable;

import java.net.IDN;
import java.util.Locale;
import java.util.regex.Pattern;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/**
 * An e-mail address, validated pragmatically rather than by the whole of RFC 5322: what
 * mail providers hand out and what our SMTP relay accepts. One {@code @}; a local part of
 * at most 64 characters among letters, digits and {@code !#$%&'*+/=?^_`{|}~.-}, without a
 * leading, trailing or doubled dot (no quoted local parts); a domain of at least two
 * labels (internationalised names allowed), lower-cased; 254 characters at most in all.
 * <p>
 * The local part keeps its case: the standard lets a mailbox distinguish it, even though
 * few do. Immutable; {@link #toString()} masks it ({@code j***@e***.org}).
 */
@RequiredArgsConstructor(access = AccessLevel.PRIVATE)
public final class EmailAddress {

	/** RFC 5321's limit on a forward path, less the angle brackets. */
	public static final int MAX_LENGTH = 254;

	private static final Pattern LOCAL_PART = Pattern
		.compile("[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*");

	private static final Pattern ASCII_DOMAIN = Pattern
		.compile("(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\\.)+(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59})");

	private final String localPart;

	private final String domain;

	/**
	 * The address in {@code input}, surrounding spaces ignored.
	 * @throws InvalidValueException {@code email.required} when blank,
	 * {@code email.invalid} otherwise
	 */
	public static EmailAddress of(@Nullable String input) {
		if (input == null || input.isBlank()) {
			throw new InvalidValueException("email.required");
		}
		String candidate = input.strip();
		int at = candidate.indexOf('@');
		if (candidate.length() > MAX_LENGTH || at < 1 || at != candidate.lastIndexOf('@')) {
			throw new InvalidValueException("email.invalid");
		}
		String local = candidate.substring(0, at);
		String domain = candidate.substring(at + 1).toLowerCase(Locale.ROOT);
		if (local.length() > 64 || !LOCAL_PART.matcher(local).matches() || !validDomain(domain)) {
			throw new InvalidValueException("email.invalid");
		}
		return new EmailAddress(local, domain);
	}

	private static boolean validDomain(String domain) {
		try {
			String ascii = IDN.toASCII(domain, IDN.USE_STD3_ASCII_RULES);
			return ascii.length() <= 253 && ASCII_DOMAIN.matcher(ascii).matches();
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

	/** The whole address, domain lower-cased: the form to store and to send to. */
	public String value() {
		return localPart + "@" + domain;
	}

	/** What precedes the {@code @}, as written. */
	public String localPart() {
		return localPart;
	}

	/** What follows the {@code @}, lower-cased. */
	public String domain() {
		return domain;
	}

	@Override
	public boolean equals(Object other) {
		return this == other || other instanceof EmailAddress email && localPart.equals(email.localPart)
				&& domain.equals(email.domain);
	}

	@Override
	public int hashCode() {
		return 31 * localPart.hashCode() + domain.hashCode();
	}

	/**
	 * Masked: first letter of the mailbox and of the domain, and the top-level domain.
	 */
	@Override
	public String toString() {
		int lastDot = domain.lastIndexOf('.');
		return localPart.charAt(0) + "***@" + domain.charAt(0) + "***" + domain.substring(lastDot);
	}

}
