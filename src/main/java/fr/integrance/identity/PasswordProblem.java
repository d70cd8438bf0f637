package fr.integrance.identity;

/**
 * Why a password is refused (RULES.md §4); each has a message explaining it in both
 * languages.
 */
public enum PasswordProblem {

	/** Longer than {@link PasswordPolicy#MAX_LENGTH} characters. */
	TOO_LONG("identity.password.problem.too-long"),

	/** None of the three strength rules is met. */
	TOO_WEAK("identity.password.problem.too-weak"),

	/** A common or predictable password (shipped blocklist, repeated characters). */
	COMMON("identity.password.problem.common"),

	/**
	 * It meets the rules but is easy to guess all the same (repetitions, common words
	 * with predictable substitutions, sequences): a zxcvbn estimate below "safely
	 * unguessable".
	 */
	GUESSABLE("identity.password.problem.guessable"),

	/** It contains the login (the e-mail address, or its part before the @). */
	CONTAINS_LOGIN("identity.password.problem.contains-login");

	private final String messageKey;

	PasswordProblem(String messageKey) {
		this.messageKey = messageKey;
	}

	public String messageKey() {
		return messageKey;
	}

}
