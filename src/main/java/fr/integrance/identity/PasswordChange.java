package fr.integrance.identity;

import java.util.List;

/** What became of a password chosen through {@link Credentials}. */
public sealed interface PasswordChange {

	/** The password is set. */
	record Done() implements PasswordChange {
	}

	/** The current password is wrong (it counts as a failed login). */
	record WrongCurrentPassword() implements PasswordChange {
	}

	/** The new password breaks the {@link PasswordPolicy}; nothing changed. */
	record Rejected(List<PasswordProblem> problems) implements PasswordChange {

		public Rejected {
			problems = List.copyOf(problems);
		}
	}

	/** The link is unknown, expired or already used. */
	record InvalidLink() implements PasswordChange {
	}

}
