package fr.integrance.documents.internal;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The form of a title or a name that searches, sorts and compares it: without accents (é
 * → e, œ → oe), lower case, spaces collapsed. "Attestation Mutuelle" and "attestation
 * mutuelle" have one key; sorting keys sorts as a French reader expects, accents aside.
 */
final class TitleKeys {

	/** The columns' length: a title of 200 characters may decompose longer. */
	static final int MAX_LENGTH = 300;

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	private static final Pattern SPACES = Pattern.compile("\\s+");

	private TitleKeys() {
	}

	static String key(String text) {
		String decomposed = Normalizer.normalize(
				text.replace("œ", "oe").replace("Œ", "OE").replace("æ", "ae").replace("Æ", "AE").replace("ß", "ss"),
				Normalizer.Form.NFKD);
		String bare = MARKS.matcher(decomposed).replaceAll("");
		String key = SPACES.matcher(bare.toLowerCase(Locale.ROOT).strip()).replaceAll(" ");
		return key.length() > MAX_LENGTH ? key.substring(0, MAX_LENGTH) : key;
	}

	/** A LIKE pattern matching keys that contain the query's key (wildcards escaped). */
	static String containing(String query) {
		String key = key(query).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
		return "%" + key + "%";
	}

}
