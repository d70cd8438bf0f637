package fr.integrance.identity.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Component;

import com.nulabinc.zxcvbn.Zxcvbn;

import fr.integrance.identity.PasswordPolicy;
import fr.integrance.identity.PasswordProblem;

/**
 * RULES.md §4 (CNIL 2022-100, 80 bits for a password alone): any one of
 * <ul>
 * <li>at least 12 characters mixing upper case, lower case, digits and special
 * characters;</li>
 * <li>at least 14 characters mixing upper case, lower case and digits;</li>
 * <li>a passphrase of at least 7 words (a word: 2 letters or more; 5 of them different,
 * so that one word repeated does not pass).</li>
 * </ul>
 * At most 128 characters, hashed whole. Common passwords and passwords containing the
 * login are refused whatever their length, and so are those the zxcvbn estimate finds
 * easy to guess even though they meet a rule (issue 11).
 */
@Component
@RequiredArgsConstructor
class DefaultPasswordPolicy implements PasswordPolicy {

	static final int MIN_WITH_FOUR_CLASSES = 12;
	static final int MIN_WITH_THREE_CLASSES = 14;
	static final int MIN_PASSPHRASE_WORDS = 7;
	static final int MIN_DISTINCT_PASSPHRASE_WORDS = 5;

	private static final int MIN_LOGIN_PART = 4;

	/** zxcvbn's "very unguessable": at least 10^10 guesses. */
	static final int MIN_SCORE = 4;

	private static final Zxcvbn STRENGTH = new Zxcvbn();

	private final PasswordBlocklist blocklist;

	@Override
	public List<PasswordProblem> check(String candidate, String login) {
		String password = PasswordHasher.normalise(candidate);
		List<PasswordProblem> problems = new ArrayList<>();
		int length = password.codePointCount(0, password.length());
		if (length > MAX_LENGTH) {
			problems.add(PasswordProblem.TOO_LONG);
			return problems;
		}
		boolean strong = strongEnough(password, length);
		if (!strong) {
			problems.add(PasswordProblem.TOO_WEAK);
		}
		boolean common = blocklist.isCommon(password);
		if (common) {
			problems.add(PasswordProblem.COMMON);
		}
		boolean withLogin = containsLogin(password, login);
		// One reason at a time: the estimate only speaks when the rules have nothing to
		// say.
		if (strong && !common && !withLogin && guessable(password, login)) {
			problems.add(PasswordProblem.GUESSABLE);
		}
		if (withLogin) {
			problems.add(PasswordProblem.CONTAINS_LOGIN);
		}
		return problems;
	}

	static boolean strongEnough(String password, int length) {
		boolean upper = password.codePoints().anyMatch(Character::isUpperCase);
		boolean lower = password.codePoints().anyMatch(Character::isLowerCase);
		boolean digit = password.codePoints().anyMatch(Character::isDigit);
		boolean special = password.codePoints().anyMatch(c -> !Character.isLetterOrDigit(c));
		if (length >= MIN_WITH_FOUR_CLASSES && upper && lower && digit && special) {
			return true;
		}
		if (length >= MIN_WITH_THREE_CLASSES && upper && lower && digit) {
			return true;
		}
		return isPassphrase(password);
	}

	/**
	 * The zxcvbn estimate (Dropbox's, maintained in Java by Nulab): a password that meets
	 * the composition rules yet is guessed in few tries (score below 4: fewer than 10^10
	 * tries), such as {@code Ab1!éééééééé} (one letter repeated) or
	 * {@code Passw0rd!Passw0rd} (a common word with a substitution, twice). The login and
	 * the platform's name count as known words.
	 */
	static boolean guessable(String password, String login) {
		List<String> known = new ArrayList<>(List.of("integrance", "intégrance", "mutuelle"));
		if (login != null && !login.isBlank()) {
			known.add(login.strip().toLowerCase(Locale.ROOT));
			known.addAll(Arrays.asList(login.strip().toLowerCase(Locale.ROOT).split("[@.\\-_+]+")));
		}
		return STRENGTH.measure(password, known).getScore() < MIN_SCORE;
	}

	static boolean isPassphrase(String password) {
		List<String> words = Arrays.stream(password.toLowerCase(Locale.ROOT).split("[^\\p{L}]+"))
			.filter(word -> word.codePointCount(0, word.length()) >= 2)
			.toList();
		return words.size() >= MIN_PASSPHRASE_WORDS
				&& words.stream().distinct().count() >= MIN_DISTINCT_PASSPHRASE_WORDS;
	}

	static boolean containsLogin(String password, String login) {
		if (login == null || login.isBlank()) {
			return false;
		}
		String lowerPassword = password.toLowerCase(Locale.ROOT);
		String lowerLogin = login.strip().toLowerCase(Locale.ROOT);
		String localPart = lowerLogin.contains("@") ? lowerLogin.substring(0, lowerLogin.indexOf('@')) : lowerLogin;
		return lowerPassword.contains(lowerLogin)
				|| (localPart.length() >= MIN_LOGIN_PART && lowerPassword.contains(localPart));
	}

}
