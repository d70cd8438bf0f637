package fr.integrance.signin;

import java.util.List;

import org.springframework.validation.BindingResult;

import fr.integrance.identity.PasswordProblem;

/** Puts password problems next to the field they concern. */
final class PasswordForms {

	private PasswordForms() {
	}

	/**
	 * @return false (and an error on the confirmation) when the two entries differ
	 */
	static boolean confirmationMatches(String password, String confirmation, BindingResult result) {
		if (password != null && !password.equals(confirmation)) {
			result.rejectValue("confirmation", "identity.password.confirmation.mismatch");
			return false;
		}
		return true;
	}

	static void reject(List<PasswordProblem> problems, BindingResult result) {
		for (PasswordProblem problem : problems) {
			result.rejectValue("password", problem.messageKey());
		}
	}

}
