package fr.integrance.signin;

import java.util.Optional;

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
import fr.integrance.signin.Forms.NewPasswordForm;

/**
 * {@code /invitation/{token}}: an invited person chooses their password; the account
 * becomes active.
 */
@Controller
@RequiredArgsConstructor
class InvitationController {

	static final String VIEW = "identity/invitation";

	private final Credentials credentials;

	@GetMapping("/invitation/{token}")
	String form(@PathVariable String token, Model model) {
		Optional<String> login = credentials.invitationLogin(token);
		if (login.isEmpty()) {
			return PasswordForms.INVALID_LINK_VIEW;
		}
		model.addAttribute("login", login.get());
		model.addAttribute("newPasswordForm", NewPasswordForm.empty());
		model.addAttribute("token", token);
		return VIEW;
	}

	@PostMapping("/invitation/{token}")
	String accept(@PathVariable String token, @Valid @ModelAttribute("newPasswordForm") NewPasswordForm form,
			BindingResult result, Model model) {
		Optional<String> login = credentials.invitationLogin(token);
		if (login.isEmpty()) {
			return PasswordForms.INVALID_LINK_VIEW;
		}
		model.addAttribute("login", login.get());
		model.addAttribute("token", token);
		if (result.hasErrors() || !PasswordForms.confirmationMatches(form.password(), form.confirmation(), result)) {
			return VIEW;
		}
		return PasswordForms.view(credentials.acceptInvitation(token, form.password()), result, VIEW,
				"redirect:" + SignInPaths.SIGN_IN + "?compteActive");
	}

}
