package fr.integrance.people;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The form in which names are compared and searched: upper case, accents stripped,
 * ligatures spelled out, and everything but letters and digits removed
 * ({@code N’Diaye-Le Goff} → {@code NDIAYELEGOFF}). Two spellings a person may type for
 * the same name give the same key.
 *
 * @param value the key, empty for a name without a letter or a digit
 */
public record NameKey(String value) {

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	private static final Pattern NOT_ALNUM = Pattern.compile("[^\\p{L}\\p{N}]+");

	public NameKey {
		Objects.requireNonNull(value, "value");
	}

	/** The key of {@code text}; {@code null} gives an empty key. */
	public static NameKey of(String text) {
		if (text == null) {
			return new NameKey("");
		}
		String spelled = text.replace("Œ", "OE")
			.replace("œ", "oe")
			.replace("Æ", "AE")
			.replace("æ", "ae")
			.replace("ß", "ss");
		String decomposed = Normalizer.normalize(spelled, Normalizer.Form.NFKD);
		String bare = MARKS.matcher(decomposed).replaceAll("");
		return new NameKey(NOT_ALNUM.matcher(bare).replaceAll("").toUpperCase(Locale.ROOT));
	}

	/** True when both texts give the same non-empty key. */
	public static boolean same(String left, String right) {
		NameKey key = of(left);
		return !key.isEmpty() && key.equals(of(right));
	}

	public boolean isEmpty() {
		return value.isEmpty();
	}

	@Override
	public String toString() {
		return value;
	}

}
