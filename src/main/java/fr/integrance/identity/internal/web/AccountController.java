package fr.integrance.identity.internal.web;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import fr.integrance.identity.AccountId;
import fr.integrance.identity.CurrentUser;
import fr.integrance.identity.PasswordPolicy;
import fr.integrance.identity.internal.AccountSessions;
import fr.integrance.identity.internal.CredentialService;
import fr.integrance.identity.internal.CredentialService.Outcome;
import fr.integrance.identity.internal.SecondFactorService;
import fr.integrance.identity.internal.SecurityJournal.SessionEndReason;
import fr.integrance.identity.internal.web.Forms.PasswordChangeForm;
import fr.integrance.platform.FrenchDates;

/**
 * {@code /compte}: one's own account — security overview, password change (with the
 * current password; ends the other sessions) and the list of one's sessions, where the
 * others can be ended.
 */
@Controller
class AccountController {

	static final String SECURITY_VIEW = "identity/security";
	static final String PASSWORD_VIEW = "identity/password-change";
	static final String SESSIONS_VIEW = "identity/sessions";
	static final ZoneId DISPLAY_ZONE = FrenchDates.FRANCE;

	private final CurrentUser currentUser;

	private final CredentialService credentials;

	private final AccountSessions sessions;

	private final SecondFactorService secondFactor;

	private final Authentications authentications;

	AccountController(CurrentUser currentUser, CredentialService credentials, AccountSessions sessions,
			SecondFactorService secondFactor, Authentications authentications) {
		this.currentUser = currentUser;
		this.credentials = credentials;
		this.sessions = sessions;
		this.secondFactor = secondFactor;
		this.authentications = authentications;
	}

	@GetMapping("/compte")
	String account() {
		return "redirect:/compte/securite";
	}

	@GetMapping("/compte/securite")
	String security(Model model) {
		AccountId account = currentUser.accountId();
		model.addAttribute("secondFactorEnrolled", secondFactor.enrolled(account));
		model.addAttribute("secondFactorRequired", currentUser.get().role().secondFactorRequired());
		model.addAttribute("unusedRecoveryCodes", secondFactor.unusedRecoveryCodes(account));
		return SECURITY_VIEW;
	}

	@GetMapping("/compte/mot-de-passe")
	String passwordForm(Model model) {
		model.addAttribute("passwordChangeForm", PasswordChangeForm.empty());
		model.addAttribute("passwordHint", PasswordPolicy.HINT_KEY);
		return PASSWORD_VIEW;
	}

	@PostMapping("/compte/mot-de-passe")
	String changePassword(@Valid @ModelAttribute("passwordChangeForm") PasswordChangeForm form, BindingResult result,
			Model model, HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
		model.addAttribute("passwordHint", PasswordPolicy.HINT_KEY);
		if (result.hasErrors() || !PasswordForms.confirmationMatches(form.password(), form.confirmation(), result)) {
			return PASSWORD_VIEW;
		}
		Outcome outcome = credentials.changePassword(currentUser.accountId(), form.currentPassword(), form.password(),
				request.getSession().getId());
		if (outcome instanceof Outcome.WrongCurrentPassword) {
			result.rejectValue("currentPassword", "identity.password.current.wrong");
			return PASSWORD_VIEW;
		}
		if (outcome instanceof Outcome.Rejected rejected) {
			PasswordForms.reject(rejected.problems(), result);
			return PASSWORD_VIEW;
		}
		// A new session id too: whoever had the old one holds nothing now.
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		authentications.establish(authentication, request, response);
		redirect.addFlashAttribute("flash", "identity.password.changed");
		return "redirect:/compte/securite";
	}

	@GetMapping("/compte/sessions")
	String sessions(Model model, HttpServletRequest request) {
		List<SessionRow> rows = sessions.list(currentUser.accountId(), request.getSession().getId())
			.stream()
			.map(view -> new SessionRow(view.reference(), view.startedAt().atZone(DISPLAY_ZONE),
					view.lastActiveAt().atZone(DISPLAY_ZONE), view.current()))
			.toList();
		model.addAttribute("sessions", rows);
		return SESSIONS_VIEW;
	}

	@PostMapping("/compte/sessions/fin-des-autres")
	String endOthers(HttpServletRequest request, RedirectAttributes redirect) {
		int ended = sessions.endOthers(currentUser.accountId(), request.getSession().getId(),
				SessionEndReason.ENDED_BY_OWNER);
		redirect.addFlashAttribute("flash", "identity.sessions.ended");
		redirect.addFlashAttribute("endedCount", ended);
		return "redirect:/compte/sessions";
	}

	@PostMapping("/compte/sessions/{reference}/fin")
	String end(@PathVariable String reference, HttpServletRequest request, RedirectAttributes redirect) {
		if (!sessions.end(currentUser.accountId(), reference, request.getSession().getId())) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		redirect.addFlashAttribute("flash", "identity.sessions.ended-one");
		return "redirect:/compte/sessions";
	}

	/** A session as the page shows it, in the mutual's time zone. */
	record SessionRow(String reference, ZonedDateTime startedAt, ZonedDateTime lastActiveAt, boolean current) {
	}

}
