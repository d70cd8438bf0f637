package fr.integrance.identity;

import java.util.List;

/** A chosen password breaks the {@link PasswordPolicy}. */
public class PasswordRejectedException extends RuntimeException {

	private final List<PasswordProblem> problems;

	public PasswordRejectedException(List<PasswordProblem> problems) {
		super("Password rejected: " + problems);
		this.problems = List.copyOf(problems);
	}

	public List<PasswordProblem> problems() {
		return problems;
	}

}
