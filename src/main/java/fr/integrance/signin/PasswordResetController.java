package fr.integrance.signin;

import jakarta.validation.Valid;

import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

import fr.integrance.identity.Credentials;
import fr.integrance.signin.Forms.ForgotPasswordForm;
import fr.integrance.signin.Forms.NewPasswordForm;

/**
 * {@code /mot-de-passe-oublie}: asking for a reset link (the same answer whether or not
 * the address is known) and choosing a new password through it.
 */
@Controller
@RequiredArgsConstructor
class PasswordResetController {

	static final String REQUEST_VIEW = "identity/forgot-password";
	static final String RESET_VIEW = "identity/reset-password";

	private final Credentials credentials;

	@GetMapping(SignInPaths.PASSWORD_RESET)
	String requestForm(Model model) {
		model.addAttribute("forgotPasswordForm", new ForgotPasswordForm(""));
		return REQUEST_VIEW;
	}

	@PostMapping(SignInPaths.PASSWORD_RESET)
	String request(@Valid @ModelAttribute("forgotPasswordForm") ForgotPasswordForm form, BindingResult result) {
		if (result.hasErrors()) {
			return REQUEST_VIEW;
		}
		credentials.requestReset(form.email());
		return "redirect:" + SignInPaths.PASSWORD_RESET + "?envoye";
	}

	@GetMapping("/mot-de-passe-oublie/{token}")
	String resetForm(@PathVariable String token, Model model) {
		if (!credentials.resetLinkValid(token)) {
			return PasswordForms.INVALID_LINK_VIEW;
		}
		model.addAttribute("newPasswordForm", NewPasswordForm.empty());
		model.addAttribute("token", token);
		return RESET_VIEW;
	}

	@PostMapping("/mot-de-passe-oublie/{token}")
	String reset(@PathVariable String token, @Valid @ModelAttribute("newPasswordForm") NewPasswordForm form,
			BindingResult result, Model model) {
		model.addAttribute("token", token);
		if (result.hasErrors() || !PasswordForms.confirmationMatches(form.password(), form.confirmation(), result)) {
			return credentials.resetLinkValid(token) ? RESET_VIEW : PasswordForms.INVALID_LINK_VIEW;
		}
		return PasswordForms.view(credentials.completeReset(token, form.password()), result, RESET_VIEW,
				"redirect:" + SignInPaths.SIGN_IN + "?motDePasseReinitialise");
	}

}
