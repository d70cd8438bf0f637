package fr.integrance.identity;

import java.util.List;

/** What a code given at enrolment led to ({@link SecondFactors#enrol}). */
public sealed interface EnrolmentOutcome {

	/**
	 * The second factor is stored; a login that was waiting for it is complete, under a
	 * new session id.
	 *
	 * @param recoveryCodes to show once
	 */
	record Enrolled(List<String> recoveryCodes) implements EnrolmentOutcome {

		public Enrolled {
			recoveryCodes = List.copyOf(recoveryCodes);
		}

		@Override
		public String toString() {
			return "Enrolled[recoveryCodes=***]";
		}
	}

	/** The account already has a second factor. */
	record AlreadyEnrolled() implements EnrolmentOutcome {
	}

	/** No secret was proposed in this session. */
	record NoProposal() implements EnrolmentOutcome {
	}

	/** The code does not prove that the app holds the proposed secret. */
	record CodeRejected() implements EnrolmentOutcome {
	}

	/**
	 * The login could not be completed (the account was locked or disabled meanwhile):
	 * the session has ended.
	 */
	record SignInFailed() implements EnrolmentOutcome {
	}

}
