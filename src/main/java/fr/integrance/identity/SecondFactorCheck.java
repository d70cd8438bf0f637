package fr.integrance.identity;

/** What the second step of a login led to ({@link SecondFactors#check}). */
public sealed interface SecondFactorCheck {

	/**
	 * Signed in, under a new session id.
	 *
	 * @param target where to go: the page first asked for, else the account's home
	 */
	record Accepted(String target) implements SecondFactorCheck {
	}

	/** Wrong, stale or replayed code: the person may try again. */
	record Rejected() implements SecondFactorCheck {
	}

	/**
	 * The account is now locked or no longer active: the session has ended, the login
	 * starts again from the password.
	 */
	record LockedOut() implements SecondFactorCheck {
	}

	/** No login waits for its second factor in this session. */
	record NotPending() implements SecondFactorCheck {
	}

}
