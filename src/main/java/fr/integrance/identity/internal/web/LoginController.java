package fr.integrance.identity.internal.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

import fr.integrance.identity.CurrentUser;
import fr.integrance.identity.internal.LoginService;
import fr.integrance.identity.internal.LoginService.SecondFactorOutcome;
import fr.integrance.identity.internal.web.Forms.CodeForm;

/**
 * {@code /connexion}: the login form (the password itself is checked by Spring Security's
 * form login, see {@link IdentitySecurityConfiguration}) and the second step, the TOTP or
 * recovery code.
 */
@Controller
class LoginController {

	static final String LOGIN_VIEW = "identity/login";
	static final String CODE_VIEW = "identity/second-factor";

	private final LoginService logins;

	private final Authentications authentications;

	private final CurrentUser currentUser;

	LoginController(LoginService logins, Authentications authentications, CurrentUser currentUser) {
		this.logins = logins;
		this.authentications = authentications;
		this.currentUser = currentUser;
	}

	@GetMapping("/connexion")
	String loginForm() {
		return currentUser.find().map(user -> "redirect:" + user.role().audience().homePath()).orElse(LOGIN_VIEW);
	}

	@GetMapping("/connexion/code")
	String codeForm(Model model) {
		model.addAttribute("codeForm", new CodeForm(""));
		return CODE_VIEW;
	}

	@PostMapping("/connexion/code")
	String checkCode(@Valid @ModelAttribute("codeForm") CodeForm form, BindingResult result, HttpServletRequest request,
			HttpServletResponse response) {
		if (result.hasErrors()) {
			return CODE_VIEW;
		}
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (!(authentication instanceof PendingSecondFactor pending)) {
			return "redirect:/connexion";
		}
		SecondFactorOutcome outcome = logins.checkSecondFactor(pending.getPrincipal().accountId(), form.code());
		if (outcome instanceof SecondFactorOutcome.Accepted accepted) {
			authentications.establish(Authentications.complete(accepted.user()), request, response);
			return "redirect:" + Authentications.target(request, response, accepted.user());
		}
		if (outcome instanceof SecondFactorOutcome.LockedOut) {
			// Locked, or disabled meanwhile: start again from the password, with the one
			// generic message.
			HttpSession session = request.getSession(false);
			if (session != null) {
				session.invalidate();
			}
			SecurityContextHolder.clearContext();
			return "redirect:/connexion?erreur";
		}
		result.rejectValue("code", "identity.code.rejected");
		return CODE_VIEW;
	}

}
