package fr.integrance.dpo.consents;

import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import fr.integrance.privacy.DataSubjectRef;

/**
 * Whom to look up, as typed: a kind ({@code VISITOR}, {@code ACCOUNT}, {@code EMAIL},
 * {@code PERSON}) and a value (a visitor's or an account's id, an e-mail address, a
 * person's id).
 *
 * @param genre the kind of subject
 * @param valeur the id or address
 */
record ConsentSubjectForm(@Nullable String genre, @Nullable String valeur) {

	private static final Pattern ID = Pattern.compile("[A-Za-z0-9_.-]{1,64}");

	private static final Pattern ADDRESS = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}");

	static ConsentSubjectForm empty() {
		return new ConsentSubjectForm(DataSubjectRef.Kind.VISITOR.name(), null);
	}

	/** The subject, or empty when the value does not fit the kind. */
	Optional<DataSubjectRef> subject() {
		DataSubjectRef.Kind kind = kind().orElse(null);
		if (kind == null || valeur == null || valeur.isBlank() || valeur.length() > 254) {
			return Optional.empty();
		}
		String typed = valeur.strip();
		return switch (kind) {
			case VISITOR -> uuid(typed).map(DataSubjectRef::visitor);
			case ACCOUNT -> uuid(typed).map(DataSubjectRef::account);
			case PERSON -> ID.matcher(typed).matches() ? Optional.of(DataSubjectRef.person(typed)) : Optional.empty();
			case EMAIL ->
				ADDRESS.matcher(typed).matches() ? Optional.of(DataSubjectRef.email(typed)) : Optional.empty();
		};
	}

	/** The message key of what is wrong with the value for its kind. */
	String errorKey() {
		DataSubjectRef.Kind kind = kind().orElse(null);
		if (valeur == null || valeur.isBlank()) {
			return "dpo.consents.error.blank";
		}
		return kind == null ? "dpo.consents.error.kind" : "dpo.consents.error." + kind.name().toLowerCase(Locale.ROOT);
	}

	Optional<DataSubjectRef.Kind> kind() {
		if (genre == null) {
			return Optional.empty();
		}
		try {
			return Optional.of(DataSubjectRef.Kind.valueOf(genre));
		}
		catch (IllegalArgumentException unknown) {
			return Optional.empty();
		}
	}

	private static Optional<UUID> uuid(String typed) {
		if (typed.length() != 36) {
			return Optional.empty();
		}
		try {
			return Optional.of(UUID.fromString(typed));
		}
		catch (IllegalArgumentException notAUuid) {
			return Optional.empty();
		}
	}

}
