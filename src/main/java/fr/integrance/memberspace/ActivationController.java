package fr.integrance.memberspace;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;

import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

import fr.integrance.consent.RequestOrigin;
import fr.integrance.identity.ActivationLinkRequest;
import fr.integrance.identity.LoginAlreadyUsedException;
import fr.integrance.identity.MemberActivationResult;
import fr.integrance.identity.PasswordProblem;
import fr.integrance.memberspace.ActivationForms.Contact;
import fr.integrance.memberspace.ActivationForms.ContactForm;
import fr.integrance.memberspace.ActivationForms.Identification;
import fr.integrance.memberspace.ActivationForms.IdentificationForm;
import fr.integrance.memberspace.ActivationForms.PasswordForm;
import fr.integrance.people.PersonRestrictedException;
import fr.integrance.platform.EmailAddress;
import fr.integrance.platform.FrenchDates;

/**
 * {@code /activation}: a member creates their account in three steps. 1. name, first
 * names, birth date and member number, matched against an active contract (one generic
 * error, attempts limited per member number and per client address); 2. contact e-mail
 * and phone, to which a single-use link is sent; 3. from that link, the password and the
 * consent to the login account's creation. Open to anyone (the public filter chain), CSRF
 * on. Which person was recognised stays in the server-side session between steps 1 and 2;
 * step 3 carries the person in the link's token only.
 */
@Controller
@RequestMapping("/activation")
@RequiredArgsConstructor
class ActivationController {

	static final String IDENTIFY_VIEW = "memberspace/activation-identite";
	static final String CONTACT_VIEW = "memberspace/activation-coordonnees";
	static final String SENT_VIEW = "memberspace/activation-courriel-envoye";
	static final String PASSWORD_VIEW = "memberspace/activation-mot-de-passe";
	static final String INVALID_LINK_VIEW = "memberspace/activation-lien-invalide";

	private static final ZoneId FRANCE = FrenchDates.FRANCE;

	private final MemberActivationJourney journey;

	private final Clock clock;

	// ---------------------------------------------------------------- step 1

	@GetMapping
	String identifyForm(Model model) {
		model.addAttribute("identification", IdentificationForm.empty());
		return IDENTIFY_VIEW;
	}

	@PostMapping
	String identify(@ModelAttribute("identification") IdentificationForm form, BindingResult result,
			HttpServletRequest request, Model model) {
		Identification identification = form.validate(result, LocalDate.now(clock.withZone(FRANCE)));
		if (identification == null) {
			return IDENTIFY_VIEW;
		}
		MemberActivationJourney.Outcome outcome = journey.identify(identification, request.getRemoteAddr());
		if (outcome instanceof MemberActivationJourney.Outcome.Recognised recognised) {
			request.getSession(true);
			// A new session id now that this browser holds a proof: no fixation of a
			// planted one.
			request.changeSessionId();
			request.getSession()
				.setAttribute(RecognisedMember.SESSION_ATTRIBUTE,
						new RecognisedMember(recognised.person().value(), clock.instant()));
			return "redirect:/activation/coordonnees";
		}
		model.addAttribute("refusal", outcome instanceof MemberActivationJourney.Outcome.Limited
				? "activation.identify.limited" : "activation.identify.not-recognised");
		return IDENTIFY_VIEW;
	}

	// ---------------------------------------------------------------- step 2

	@GetMapping("/coordonnees")
	String contactForm(HttpServletRequest request, Model model) {
		if (recognised(request).isEmpty()) {
			return "redirect:/activation?expiree";
		}
		model.addAttribute("contact", ContactForm.empty());
		return CONTACT_VIEW;
	}

	@PostMapping("/coordonnees")
	String contact(@ModelAttribute("contact") ContactForm form, BindingResult result, HttpServletRequest request,
			Model model) {
		Optional<RecognisedMember> member = recognised(request);
		if (member.isEmpty()) {
			return "redirect:/activation?expiree";
		}
		Contact contact = form.validate(result);
		if (contact == null) {
			return CONTACT_VIEW;
		}
		if (journey.sendLink(member.get(), contact) == ActivationLinkRequest.TOO_SOON) {
			// Nothing sent: said on the page (not « a mail was sent »); the recognition
			// is kept so that the person may ask again in a minute.
			model.addAttribute("tooSoon", true);
			return CONTACT_VIEW;
		}
		// One recognition, one mail: sending another needs step 1 again.
		request.getSession().removeAttribute(RecognisedMember.SESSION_ATTRIBUTE);
		return "redirect:/activation/courriel-envoye";
	}

	@GetMapping("/courriel-envoye")
	String sent() {
		return SENT_VIEW;
	}

	// ---------------------------------------------------------------- step 3

	@GetMapping("/lien/{token}")
	String passwordForm(@PathVariable String token, Model model) {
		Optional<EmailAddress> login = journey.login(token);
		if (login.isEmpty()) {
			return INVALID_LINK_VIEW;
		}
		model.addAttribute("login", login.get().value());
		model.addAttribute("token", token);
		model.addAttribute("passwordForm", PasswordForm.empty());
		model.addAttribute("consentChecked", false);
		return PASSWORD_VIEW;
	}

	@PostMapping("/lien/{token}")
	String complete(@PathVariable String token, @Valid @ModelAttribute("passwordForm") PasswordForm form,
			BindingResult result, HttpServletRequest request, Model model) {
		Optional<EmailAddress> login = journey.login(token);
		if (login.isEmpty()) {
			return INVALID_LINK_VIEW;
		}
		model.addAttribute("login", login.get().value());
		model.addAttribute("token", token);
		// Ticked again only when the person ticked it: never pre-ticked by us.
		model.addAttribute("consentChecked", form.consentGiven());
		if (form.password() != null && !form.password().equals(form.confirmation())
				&& !result.hasFieldErrors("confirmation")) {
			result.rejectValue("confirmation", "identity.password.confirmation.mismatch");
		}
		if (!form.consentGiven()) {
			result.rejectValue("consent", "activation.consent.required");
		}
		if (result.hasErrors()) {
			return PASSWORD_VIEW;
		}
		MemberActivationResult outcome;
		try {
			outcome = journey.complete(token, form.password(),
					new RequestOrigin(request.getRemoteAddr(), request.getHeader("User-Agent")));
		}
		catch (LoginAlreadyUsedException | PersonRestrictedException e) {
			// A restricted person (art. 18) is refused like a dead link: nothing more is
			// said.
			return INVALID_LINK_VIEW;
		}
		if (outcome instanceof MemberActivationResult.PasswordRejected rejected) {
			for (PasswordProblem problem : rejected.problems()) {
				result.rejectValue("password", problem.messageKey());
			}
			return PASSWORD_VIEW;
		}
		if (outcome instanceof MemberActivationResult.Activated) {
			return "redirect:/connexion?compteActive";
		}
		return INVALID_LINK_VIEW;
	}

	private Optional<RecognisedMember> recognised(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		if (session == null
				|| !(session.getAttribute(RecognisedMember.SESSION_ATTRIBUTE) instanceof RecognisedMember member)) {
			return Optional.empty();
		}
		return member.validAt(clock.instant()) ? Optional.of(member) : Optional.empty();
	}

}
