package fr.integrance.identity;

import java.util.List;

/**
 * The password rules of RULES.md §4, for every form where a password is chosen: at least
 * one of 12 characters mixing upper case, lower case, digits and specials, 14 characters
 * mixing upper case, lower case and digits, or a passphrase of 7 words; at most 128
 * characters, never truncated; not in the blocklist of common passwords; not containing
 * the login. The explanation shown next to the field is the message {@link #HINT_KEY}.
 */
public interface PasswordPolicy {

	int MAX_LENGTH = 128;

	/** Message key of the explanation shown next to every new-password field. */
	String HINT_KEY = "identity.password.hint";

	/**
	 * @param candidate the chosen password
	 * @param login the account's login (e-mail) or {@code null} when not known yet
	 * @return the problems, empty when the password is acceptable
	 */
	List<PasswordProblem> check(String candidate, String login);

}
