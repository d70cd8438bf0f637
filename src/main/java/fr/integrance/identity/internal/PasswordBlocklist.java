package fr.integrance.identity.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The shipped list of common passwords ({@code identity/common-passwords.txt}). A
 * password is common when it is in the list as typed (ignoring case), or once its leading
 * and trailing digits and symbols are removed and "leet" substitutions undone
 * ({@code P@ssw0rd2024!} is {@code password}), or when it uses fewer than five different
 * characters.
 */
@Component
class PasswordBlocklist {

	static final String RESOURCE = "identity/common-passwords.txt";

	private static final int MIN_DISTINCT_CHARACTERS = 5;

	private final Set<String> entries;

	PasswordBlocklist() {
		this.entries = load();
	}

	public boolean isCommon(String password) {
		String lower = PasswordHasher.normalise(password).toLowerCase(Locale.ROOT);
		if (lower.codePoints().distinct().count() < MIN_DISTINCT_CHARACTERS) {
			return true;
		}
		String core = strip(lower);
		for (String candidate : new String[] { lower, unleet(lower), core, unleet(core), strip(unleet(core)),
				lettersOnly(unleet(core)) }) {
			if (!candidate.isEmpty() && entries.contains(candidate)) {
				return true;
			}
		}
		return false;
	}

	int size() {
		return entries.size();
	}

	/**
	 * Removes what people add around a word to satisfy rules: digits, symbols, spaces.
	 */
	static String strip(String text) {
		int start = 0;
		int end = text.length();
		while (start < end && !Character.isLetter(text.charAt(start))) {
			start++;
		}
		while (end > start && !Character.isLetter(text.charAt(end - 1))) {
			end--;
		}
		return text.substring(start, end);
	}

	static String unleet(String text) {
		StringBuilder plain = new StringBuilder(text.length());
		for (char c : text.toCharArray()) {
			plain.append(switch (c) {
				case '0' -> 'o';
				case '1', '!' -> 'i';
				case '3' -> 'e';
				case '4', '@' -> 'a';
				case '5', '$' -> 's';
				case '7' -> 't';
				default -> c;
			});
		}
		return plain.toString();
	}

	static String lettersOnly(String text) {
		return text.replaceAll("[^\\p{L}]", "");
	}

	private static Set<String> load() {
		Set<String> words = new HashSet<>();
		try (InputStream in = new ClassPathResource(RESOURCE).getInputStream();
				BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
			String line;
			while ((line = reader.readLine()) != null) {
				String word = line.strip();
				if (!word.isEmpty() && !word.startsWith("#")) {
					words.add(word.toLowerCase(Locale.ROOT));
				}
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot read " + RESOURCE, e);
		}
		return Set.copyOf(words);
	}

}
