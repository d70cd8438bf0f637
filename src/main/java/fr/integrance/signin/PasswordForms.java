package fr.integrance.signin;

import java.util.List;

import org.springframework.validation.BindingResult;

import fr.integrance.identity.PasswordChange;
import fr.integrance.identity.PasswordProblem;

/**
 * Puts password problems next to the field they concern, and turns what became of a
 * chosen password into the page to show.
 */
final class PasswordForms {

	/** A reset or invitation link that is unknown, expired or already used. */
	static final String INVALID_LINK_VIEW = "identity/invalid-link";

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

	/**
	 * The page after a password was chosen: {@code done} when it is set, the form again
	 * with the reasons next to the fields when it is refused, the invalid-link page when
	 * the link no longer works.
	 */
	static String view(PasswordChange change, BindingResult result, String form, String done) {
		if (change instanceof PasswordChange.Done) {
			return done;
		}
		if (change instanceof PasswordChange.Rejected rejected) {
			reject(rejected.problems(), result);
			return form;
		}
		if (change instanceof PasswordChange.WrongCurrentPassword) {
			result.rejectValue("currentPassword", "identity.password.current.wrong");
			return form;
		}
		return INVALID_LINK_VIEW;
	}

	private static void reject(List<PasswordProblem> problems, BindingResult result) {
		for (PasswordProblem problem : problems) {
			result.rejectValue("password", problem.messageKey());
		}
	}

}
