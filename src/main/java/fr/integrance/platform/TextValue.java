package fr.integrance.platform;

import java.util.Locale;
import java.util.regex.Pattern;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.jspecify.annotations.Nullable;

/**
 * A validated value written as text (a SIREN, an IBAN, a postal code…): immutable, equal
 * to a value of the same type with the same normalised text. Subclasses parse and check
 * their input, helped by {@link #compact}, and override {@link #toString()} when the
 * value must be masked.
 */
@RequiredArgsConstructor(access = AccessLevel.PROTECTED)
public abstract class TextValue {

	private final String value;

	/**
	 * The {@code input} with the {@code separators} removed, upper-case.
	 * @throws InvalidValueException {@code requiredKey} when blank
	 */
	protected static String compact(@Nullable String input, Pattern separators, String requiredKey) {
		if (input == null || input.isBlank()) {
			throw new InvalidValueException(requiredKey);
		}
		return separators.matcher(input).replaceAll("").toUpperCase(Locale.ROOT);
	}

	/** The normalised text: the form to store. */
	public String value() {
		return value;
	}

	@Override
	public boolean equals(@Nullable Object other) {
		return this == other
				|| other != null && other.getClass() == getClass() && value.equals(((TextValue) other).value);
	}

	@Override
	public int hashCode() {
		return value.hashCode();
	}

	@Override
	public String toString() {
		return value;
	}

}
