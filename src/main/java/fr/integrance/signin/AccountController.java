package fr.integrance.signin;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import fr.integrance.identity.AuthenticatedUser;
import fr.integrance.identity.Credentials;
import fr.integrance.identity.PasswordChange;
import fr.integrance.identity.SecondFactorStatus;
import fr.integrance.identity.SecondFactors;
import fr.integrance.identity.SessionReference;
import fr.integrance.identity.Sessions;
import fr.integrance.platform.FrenchDates;
import fr.integrance.signin.Forms.PasswordChangeForm;

/**
 * {@code /compte}: one's own account — security overview, password change (with the
 * current password; ends the other sessions) and the list of one's sessions, where the
 * others can be ended.
 */
@Controller
@RequiredArgsConstructor
class AccountController {

	static final String SECURITY_VIEW = "identity/security";
	static final String PASSWORD_VIEW = "identity/password-change";
	static final String SESSIONS_VIEW = "identity/sessions";
	static final ZoneId DISPLAY_ZONE = FrenchDates.FRANCE;

	private final Credentials credentials;

	private final Sessions sessions;

	private final SecondFactors secondFactors;

	@GetMapping("/compte")
	String account() {
		return "redirect:" + SignInPaths.SECURITY;
	}

	@GetMapping(SignInPaths.SECURITY)
	String security(AuthenticatedUser user, Model model) {
		SecondFactorStatus status = secondFactors.status(user);
		model.addAttribute("secondFactorEnrolled", status.enrolled());
		model.addAttribute("secondFactorRequired", status.required());
		model.addAttribute("unusedRecoveryCodes", status.unusedRecoveryCodes());
		return SECURITY_VIEW;
	}

	@GetMapping("/compte/mot-de-passe")
	String passwordForm(Model model) {
		model.addAttribute("passwordChangeForm", PasswordChangeForm.empty());
		return PASSWORD_VIEW;
	}

	@PostMapping("/compte/mot-de-passe")
	String changePassword(AuthenticatedUser user, @Valid @ModelAttribute("passwordChangeForm") PasswordChangeForm form,
			BindingResult result, HttpServletRequest request, HttpServletResponse response,
			RedirectAttributes redirect) {
		if (result.hasErrors() || !PasswordForms.confirmationMatches(form.password(), form.confirmation(), result)) {
			return PASSWORD_VIEW;
		}
		PasswordChange change = credentials.changePassword(user, form.currentPassword(), form.password(), request,
				response);
		if (change instanceof PasswordChange.Done) {
			redirect.addFlashAttribute("flash", "identity.password.changed");
		}
		return PasswordForms.view(change, result, PASSWORD_VIEW, "redirect:" + SignInPaths.SECURITY);
	}

	@GetMapping("/compte/sessions")
	String sessions(AuthenticatedUser user, Model model, HttpServletRequest request) {
		List<SessionRow> rows = sessions.list(user, request)
			.stream()
			.map(view -> new SessionRow(view.reference(), view.startedAt().atZone(DISPLAY_ZONE),
					view.lastActiveAt().atZone(DISPLAY_ZONE), view.current()))
			.toList();
		model.addAttribute("sessions", rows);
		return SESSIONS_VIEW;
	}

	@PostMapping("/compte/sessions/fin-des-autres")
	String endOthers(AuthenticatedUser user, HttpServletRequest request, RedirectAttributes redirect) {
		int ended = sessions.endOthers(user, request);
		redirect.addFlashAttribute("flash", "identity.sessions.ended");
		redirect.addFlashAttribute("endedCount", ended);
		return "redirect:/compte/sessions";
	}

	@PostMapping("/compte/sessions/{reference}/fin")
	String end(AuthenticatedUser user, @PathVariable SessionReference reference, HttpServletRequest request,
			RedirectAttributes redirect) {
		sessions.end(user, reference, request);
		redirect.addFlashAttribute("flash", "identity.sessions.ended-one");
		return "redirect:/compte/sessions";
	}

	/** A session as the page shows it, in the mutual's time zone. */
	record SessionRow(SessionReference reference, ZonedDateTime startedAt, ZonedDateTime lastActiveAt,
			boolean current) {
	}

}
