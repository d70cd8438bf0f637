package fr.integrance.website;

import java.util.Objects;

import org.jspecify.annotations.Nullable;

import fr.integrance.platform.PhoneNumber;

/** How the public forms tidy what people type before validating it. */
final class FormText {

	private FormText() {
	}

	/** A one-line value: trimmed, inner runs of spaces collapsed, blank as null. */
	static @Nullable String line(@Nullable String value) {
		if (value == null) {
			return null;
		}
		String cleaned = value.strip().replaceAll("\\s+", " ");
		return cleaned.isEmpty() ? null : cleaned;
	}

	/** A multi-line message: trimmed at both ends, line breaks kept, blank as null. */
	static @Nullable String text(@Nullable String value) {
		if (value == null) {
			return null;
		}
		String cleaned = value.strip().replace("\r\n", "\n");
		return cleaned.isEmpty() ? null : cleaned;
	}

	/**
	 * A value its form validated as required ({@code @NotBlank}, {@code @NotNull}): there
	 * once the form has no errors.
	 */
	static <T> T required(@Nullable T value) {
		return Objects.requireNonNull(value, "a required value of a valid form");
	}

	/**
	 * A telephone number as it is stored: E.164 ({@code +33612345678}), null when none
	 * was typed. Only for a value {@code @ValueOf(PhoneNumber.class)} accepted.
	 */
	static @Nullable String phone(@Nullable String typed) {
		return typed == null || typed.isBlank() ? null : PhoneNumber.parse(typed).e164();
	}

	/** One of an enumeration's constants by its name, null when the value names none. */
	static <E extends Enum<E>> @Nullable E constant(Class<E> type, @Nullable String name) {
		if (name == null) {
			return null;
		}
		for (E constant : type.getEnumConstants()) {
			if (constant.name().equals(name)) {
				return constant;
			}
		}
		return null;
	}

}
