package fr.integrance.signin;

import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

import fr.integrance.identity.Credentials;

/**
 * {@code /connexion/deverrouillage/{token}}: the link of the alert mail sent when an
 * account fails to sign in many times. Following it only shows a button (a mail scanner
 * that opens links unlocks nothing); the button's post, with its CSRF token, clears the
 * account's login throttles and spends the link.
 */
@Controller
@RequiredArgsConstructor
class UnlockController {

	static final String VIEW = "identity/unlock";

	private final Credentials credentials;

	@GetMapping(SignInPaths.UNLOCK + "/{token}")
	String confirm(@PathVariable String token, Model model) {
		if (!credentials.unlockLinkValid(token)) {
			return PasswordForms.INVALID_LINK_VIEW;
		}
		model.addAttribute("token", token);
		return VIEW;
	}

	@PostMapping(SignInPaths.UNLOCK + "/{token}")
	String unlock(@PathVariable String token) {
		if (!credentials.unlock(token)) {
			return PasswordForms.INVALID_LINK_VIEW;
		}
		return "redirect:" + SignInPaths.SIGN_IN + "?deverrouille";
	}

}
