package fr.integrance.identity.internal.web;

import java.util.List;
import java.util.Optional;

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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import fr.integrance.identity.AuthenticatedUser;
import fr.integrance.identity.internal.LoginService;
import fr.integrance.identity.internal.SecondFactorService;
import fr.integrance.identity.internal.SessionAttributes;
import fr.integrance.identity.internal.web.Forms.CodeForm;

/**
 * {@code /compte/double-authentification}: TOTP enrolment, either during login for an
 * account that must have a second factor (it can reach nothing else meanwhile), or from
 * the security page for a member who wants one. The secret is proposed, kept in the
 * session until a code from the app confirms it, then stored; the recovery codes are
 * shown once.
 */
@Controller
class SecondFactorEnrolmentController {

	static final String ENROL_VIEW = "identity/enrol";
	static final String CODES_VIEW = "identity/recovery-codes";
	static final String CODES_PATH = "/compte/double-authentification/codes-de-secours";

	private final SecondFactorService secondFactor;

	private final LoginService logins;

	private final Authentications authentications;

	SecondFactorEnrolmentController(SecondFactorService secondFactor, LoginService logins,
			Authentications authentications) {
		this.secondFactor = secondFactor;
		this.logins = logins;
		this.authentications = authentications;
	}

	@GetMapping("/compte/double-authentification")
	String enrolForm(Model model, HttpSession session) {
		AuthenticatedUser user = user();
		if (secondFactor.enrolled(user.accountId())) {
			return "redirect:/compte/securite";
		}
		model.addAttribute("codeForm", new CodeForm(""));
		return enrolView(model, session, user);
	}

	@PostMapping("/compte/double-authentification")
	String enrol(@Valid @ModelAttribute("codeForm") CodeForm form, BindingResult result, Model model,
			HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
		AuthenticatedUser user = user();
		HttpSession session = request.getSession();
		if (secondFactor.enrolled(user.accountId())) {
			return "redirect:/compte/securite";
		}
		String secret = (String) session.getAttribute(SessionAttributes.PROPOSED_TOTP_SECRET);
		if (secret == null) {
			return "redirect:/compte/double-authentification";
		}
		if (result.hasErrors()) {
			return enrolView(model, session, user);
		}
		Optional<List<String>> codes = secondFactor.enrol(user.accountId(), secret, form.code());
		if (codes.isEmpty()) {
			result.rejectValue("code", "identity.enrol.code.rejected");
			return enrolView(model, session, user);
		}
		session.removeAttribute(SessionAttributes.PROPOSED_TOTP_SECRET);
		if (SecurityContextHolder.getContext().getAuthentication() instanceof PendingSecondFactor) {
			Optional<AuthenticatedUser> complete = logins.completeAfterEnrolment(user.accountId());
			if (complete.isEmpty()) {
				session.invalidate();
				SecurityContextHolder.clearContext();
				return "redirect:/connexion?erreur";
			}
			authentications.establish(Authentications.complete(complete.get()), request, response);
		}
		redirect.addFlashAttribute("recoveryCodes", codes.get());
		redirect.addFlashAttribute("flash", "identity.enrol.done");
		return "redirect:" + CODES_PATH;
	}

	@GetMapping(CODES_PATH)
	String recoveryCodes(Model model) {
		if (!model.containsAttribute("recoveryCodes")) {
			// Shown once: a reload does not show them again.
			return "redirect:/compte/securite";
		}
		model.addAttribute("home", user().role().audience().homePath());
		return CODES_VIEW;
	}

	@PostMapping(CODES_PATH)
	String regenerate(RedirectAttributes redirect) {
		if (!secondFactor.enrolled(user().accountId())) {
			return "redirect:/compte/securite";
		}
		List<String> codes = secondFactor.regenerateRecoveryCodes(user().accountId());
		redirect.addFlashAttribute("recoveryCodes", codes);
		redirect.addFlashAttribute("flash", "identity.recovery.regenerated");
		return "redirect:" + CODES_PATH;
	}

	private String enrolView(Model model, HttpSession session, AuthenticatedUser user) {
		String secret = (String) session.getAttribute(SessionAttributes.PROPOSED_TOTP_SECRET);
		if (secret == null) {
			secret = secondFactor.newSecret();
			session.setAttribute(SessionAttributes.PROPOSED_TOTP_SECRET, secret);
		}
		model.addAttribute("proposal", secondFactor.propose(user.accountId(), secret));
		model.addAttribute("duringLogin",
				SecurityContextHolder.getContext().getAuthentication() instanceof PendingSecondFactor);
		return ENROL_VIEW;
	}

	private static AuthenticatedUser user() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return (AuthenticatedUser) authentication.getPrincipal();
	}

}
