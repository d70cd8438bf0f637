package fr.integrance.identity;

/**
 * The enrolment of a second factor underway in a session
 * ({@link SecondFactors#enrolment}).
 */
public sealed interface Enrolment {

	/** The account already has a second factor. */
	record AlreadyEnrolled() implements Enrolment {
	}

	/**
	 * A secret is proposed, kept in the session until a code confirms it.
	 *
	 * @param duringSignIn whether the account enrols to complete its login (it can reach
	 * nothing else meanwhile), rather than from its security page
	 */
	record Proposed(TotpProposal proposal, boolean duringSignIn) implements Enrolment {
	}

}
