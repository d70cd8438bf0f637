package fr.integrance.signin;

import java.util.List;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import fr.integrance.identity.AuthenticatedUser;
import fr.integrance.identity.Enrolment;
import fr.integrance.identity.EnrolmentOutcome;
import fr.integrance.identity.SecondFactors;
import fr.integrance.identity.Spaces;
import fr.integrance.signin.Forms.CodeForm;

/**
 * {@code /compte/double-authentification}: TOTP enrolment, either during login for an
 * account that must have a second factor (it can reach nothing else meanwhile), or from
 * the security page for a member who wants one; then the recovery codes, shown once.
 */
@Controller
@RequiredArgsConstructor
class SecondFactorEnrolmentController {

	static final String ENROL_VIEW = "identity/enrol";
	static final String CODES_VIEW = "identity/recovery-codes";
	static final String CODES_PATH = SignInPaths.ENROLMENT + "/codes-de-secours";

	private final SecondFactors secondFactors;

	private final Spaces spaces;

	@GetMapping(SignInPaths.ENROLMENT)
	String enrolForm(Model model, HttpServletRequest request) {
		model.addAttribute("codeForm", new CodeForm(""));
		return enrolView(model, request);
	}

	@PostMapping(SignInPaths.ENROLMENT)
	String enrol(@Valid @ModelAttribute("codeForm") CodeForm form, BindingResult result, Model model,
			HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return enrolView(model, request);
		}
		EnrolmentOutcome outcome = secondFactors.enrol(form.code(), request, response);
		if (outcome instanceof EnrolmentOutcome.AlreadyEnrolled) {
			return "redirect:" + SignInPaths.SECURITY;
		}
		if (outcome instanceof EnrolmentOutcome.NoProposal) {
			return "redirect:" + SignInPaths.ENROLMENT;
		}
		if (outcome instanceof EnrolmentOutcome.CodeRejected) {
			result.rejectValue("code", "identity.enrol.code.rejected");
			return enrolView(model, request);
		}
		if (outcome instanceof EnrolmentOutcome.Enrolled enrolled) {
			redirect.addFlashAttribute("recoveryCodes", enrolled.recoveryCodes());
			redirect.addFlashAttribute("flash", "identity.enrol.done");
			return "redirect:" + CODES_PATH;
		}
		return "redirect:" + SignInPaths.SIGN_IN + "?erreur";
	}

	@GetMapping(CODES_PATH)
	String recoveryCodes(AuthenticatedUser user, Model model) {
		if (!model.containsAttribute("recoveryCodes")) {
			// Shown once: a reload does not show them again.
			return "redirect:" + SignInPaths.SECURITY;
		}
		model.addAttribute("home", spaces.of(user).homePath());
		return CODES_VIEW;
	}

	@PostMapping(CODES_PATH)
	String regenerate(AuthenticatedUser user, RedirectAttributes redirect) {
		Optional<List<String>> codes = secondFactors.regenerateRecoveryCodes(user);
		if (codes.isEmpty()) {
			return "redirect:" + SignInPaths.SECURITY;
		}
		redirect.addFlashAttribute("recoveryCodes", codes.get());
		redirect.addFlashAttribute("flash", "identity.recovery.regenerated");
		return "redirect:" + CODES_PATH;
	}

	private String enrolView(Model model, HttpServletRequest request) {
		Enrolment enrolment = secondFactors.enrolment(request);
		if (enrolment instanceof Enrolment.Proposed proposed) {
			model.addAttribute("proposal", proposed.proposal());
			model.addAttribute("duringLogin", proposed.duringSignIn());
			return ENROL_VIEW;
		}
		return "redirect:" + SignInPaths.SECURITY;
	}

}
