package fr.integrance.platform;

import java.text.Normalizer;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * A person's name as French forms ask it: civility, last name (<i>nom d'usage</i>), first
 * names (<i>prénoms</i>, space-separated) and, optionally, birth name (<i>nom de
 * naissance</i>).
 * <p>
 * Each part is letters (accents and other scripts included), with single spaces, hyphens
 * and apostrophes ({@code '} or {@code ’}) between letters, 100 characters at most:
 * {@code N'Diaye}, {@code Le Goff}, {@code Jean-Pierre}. Parts are kept as written, in
 * Unicode NFC, trimmed, inner runs of spaces collapsed; no case is imposed (the
 * upper-case last name of a letter is a matter of layout). Immutable; {@link #toString()}
 * shows the civility and the initials only.
 */
public final class PersonName {

	public static final int MAX_LENGTH = 100;

	private static final Pattern NAME = Pattern.compile("\\p{L}\\p{M}*(?:[\\p{L}\\p{M}]|[ '’-](?=\\p{L}))*");

	private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u202F]+");

	private final Civility civility;

	private final String lastName;

	private final String firstNames;

	private final @Nullable String birthName;

	private PersonName(Civility civility, String lastName, String firstNames, @Nullable String birthName) {
		this.civility = civility;
		this.lastName = lastName;
		this.firstNames = firstNames;
		this.birthName = birthName;
	}

	/**
	 * A name without a distinct birth name.
	 * @throws InvalidValueException see {@link #of(Civility, String, String, String)}
	 */
	public static PersonName of(@Nullable Civility civility, @Nullable String lastName, @Nullable String firstNames) {
		return of(civility, lastName, firstNames, null);
	}

	/**
	 * A name; a blank {@code birthName}, or one equal to the last name, means none.
	 * @throws InvalidValueException {@code person-name.civility.required},
	 * {@code person-name.last-name.invalid}, {@code person-name.first-names.invalid},
	 * {@code person-name.birth-name.invalid}
	 */
	public static PersonName of(@Nullable Civility civility, @Nullable String lastName, @Nullable String firstNames,
			@Nullable String birthName) {
		if (civility == null) {
			throw new InvalidValueException("person-name.civility.required");
		}
		String last = part(lastName, "person-name.last-name.invalid");
		String first = part(firstNames, "person-name.first-names.invalid");
		String birth = birthName == null || birthName.isBlank() ? null
				: part(birthName, "person-name.birth-name.invalid");
		return new PersonName(civility, last, first, last.equals(birth) ? null : birth);
	}

	private static String part(@Nullable String text, String messageKey) {
		if (text == null || text.isBlank()) {
			throw new InvalidValueException(messageKey);
		}
		String tidy = tidy(text);
		if (!isValidTidyPart(tidy)) {
			throw new InvalidValueException(messageKey);
		}
		return tidy;
	}

	/**
	 * One name part (last name, first names or birth name) as this class keeps it,
	 * tidied; the parser {@code @ValueOf(value = PersonName.class, parser = "part")}
	 * checks a form's name fields with.
	 * @throws InvalidValueException {@code person-name.part.invalid}
	 */
	public static String part(@Nullable String text) {
		return part(text, "person-name.part.invalid");
	}

	private static String tidy(String text) {
		return SPACES.matcher(Normalizer.normalize(text, Normalizer.Form.NFC).strip()).replaceAll(" ");
	}

	private static boolean isValidTidyPart(String tidy) {
		return tidy.length() <= MAX_LENGTH && NAME.matcher(tidy).matches();
	}

	public Civility civility() {
		return civility;
	}

	/** Last name in use (<i>nom d'usage</i>). */
	public String lastName() {
		return lastName;
	}

	/** First names, space-separated, the usual one first. */
	public String firstNames() {
		return firstNames;
	}

	/** Birth name when it differs from the last name in use. */
	public Optional<String> birthName() {
		return Optional.ofNullable(birthName);
	}

	/** First names then last name, e.g. {@code Marie Louise Dupont}. */
	public String fullName() {
		return firstNames + " " + lastName;
	}

	@Override
	public boolean equals(Object other) {
		return this == other
				|| other instanceof PersonName name && civility == name.civility && lastName.equals(name.lastName)
						&& firstNames.equals(name.firstNames) && Objects.equals(birthName, name.birthName);
	}

	@Override
	public int hashCode() {
		return Objects.hash(civility, lastName, firstNames, birthName);
	}

	/** Masked: civility and initials, e.g. {@code PersonName[MME M. D.]}. */
	@Override
	public String toString() {
		return "PersonName[" + civility + " " + initial(firstNames) + " " + initial(lastName) + "]";
	}

	private static String initial(String text) {
		return text.substring(0, text.offsetByCodePoints(0, 1)) + ".";
	}

}
