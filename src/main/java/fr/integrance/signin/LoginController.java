package fr.integrance.signin;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

import fr.integrance.identity.AuthenticatedUser;
import fr.integrance.identity.SecondFactorCheck;
import fr.integrance.identity.SecondFactors;
import fr.integrance.identity.Spaces;
import fr.integrance.signin.Forms.CodeForm;

/**
 * {@code /connexion}: the login form (the password itself is checked by Spring Security's
 * form login, see {@link SignInSecurityConfiguration}) and the second step, the TOTP or
 * recovery code.
 */
@Controller
@RequiredArgsConstructor
class LoginController {

	static final String LOGIN_VIEW = "identity/login";
	static final String CODE_VIEW = "identity/second-factor";

	private final SecondFactors secondFactors;

	private final Spaces spaces;

	@GetMapping(SignInPaths.SIGN_IN)
	String loginForm(Optional<AuthenticatedUser> user) {
		return user.map(signedIn -> "redirect:" + spaces.of(signedIn).homePath()).orElse(LOGIN_VIEW);
	}

	@GetMapping(SignInPaths.SECOND_FACTOR)
	String codeForm(Model model) {
		model.addAttribute("codeForm", new CodeForm(""));
		return CODE_VIEW;
	}

	@PostMapping(SignInPaths.SECOND_FACTOR)
	String checkCode(@Valid @ModelAttribute("codeForm") CodeForm form, BindingResult result, HttpServletRequest request,
			HttpServletResponse response) {
		if (result.hasErrors()) {
			return CODE_VIEW;
		}
		SecondFactorCheck check = secondFactors.check(form.code(), request, response);
		if (check instanceof SecondFactorCheck.Accepted accepted) {
			return "redirect:" + accepted.target();
		}
		if (check instanceof SecondFactorCheck.NotPending) {
			return "redirect:" + SignInPaths.SIGN_IN;
		}
		if (check instanceof SecondFactorCheck.LockedOut) {
			// Start again from the password, with the one generic message.
			return "redirect:" + SignInPaths.SIGN_IN + "?erreur";
		}
		result.rejectValue("code", "identity.code.rejected");
		return CODE_VIEW;
	}

}
