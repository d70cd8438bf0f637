package fr.integrance.memberspace;

import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import lombok.RequiredArgsConstructor;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import fr.integrance.identity.AuthenticatedUser;
import fr.integrance.identity.LoginAlreadyUsedException;
import fr.integrance.memberspace.ContactForms.AddressForm;
import fr.integrance.memberspace.ContactForms.EmailForm;
import fr.integrance.memberspace.ContactForms.PhoneForm;
import fr.integrance.people.ContactChanges;
import fr.integrance.people.InvalidEmailChangeLinkException;
import fr.integrance.people.People;
import fr.integrance.people.Person;
import fr.integrance.people.PersonId;
import fr.integrance.people.PersonRestrictedException;
import fr.integrance.platform.EmailAddress;
import fr.integrance.platform.InvalidValueException;
import fr.integrance.platform.NotFoundException;
import fr.integrance.platform.PhoneNumber;
import fr.integrance.platform.PostalAddress;

/**
 * {@code /iadherent/coordonnees}: the signed-in member changes their own postal address,
 * phone and e-mail. Address and phone change at once; a new e-mail address only once
 * confirmed through the link mailed to it (which the member opens signed in). The URL
 * names no person: everything is the account's own person's; an account without one gets
 * 404.
 */
@Controller
@RequestMapping(MemberContactController.PATH)
@RequiredArgsConstructor
class MemberContactController {

	static final String PATH = "/iadherent/coordonnees";

	static final String VIEW = "memberspace/coordonnees";

	static final String CONFIRM_VIEW = "memberspace/coordonnees-confirmation";

	static final String INVALID_LINK_VIEW = "memberspace/coordonnees-lien-invalide";

	private final People people;

	private final ContactChanges changes;

	private final MemberContactDetails details;

	private final SensitiveChanges sensitive;

	@ModelAttribute("audience")
	String audience() {
		return MemberSpaceConfiguration.SPACE.navigation();
	}

	/** Whether the e-mail form asks the password (or code) again. */
	@ModelAttribute
	void reauthentication(AuthenticatedUser member, HttpServletRequest request, Model model) {
		sensitive.describe(member, request, model);
	}

	@GetMapping
	String page(AuthenticatedUser member, Model model) {
		Person me = me(member);
		return page(me, AddressForm.of(me.address()), PhoneForm.of(me.phone()), EmailForm.empty(), model);
	}

	@PostMapping("/adresse")
	String changeAddress(AuthenticatedUser member, @ModelAttribute("addressForm") AddressForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		Person me = me(member);
		PostalAddress address = form.validate(result);
		if (address != null) {
			try {
				details.changeAddress(me.id(), address, member.accountId());
				return done(redirect, "memberprofile.flash.address");
			}
			catch (InvalidValueException e) {
				result.rejectValue("city", e.messageKey());
			}
			catch (PersonRestrictedException e) {
				result.reject("memberprofile.restricted");
			}
		}
		model.addAttribute("communes", form.communes());
		return page(me, form, PhoneForm.of(me.phone()), EmailForm.empty(), model);
	}

	@PostMapping("/telephone")
	String changePhone(AuthenticatedUser member, @ModelAttribute("phoneForm") PhoneForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		Person me = me(member);
		PhoneNumber phone = form.validate(result);
		if (!result.hasErrors()) {
			try {
				details.changePhone(me.id(), phone, member.accountId());
				return done(redirect,
						form.cleared() ? "memberprofile.flash.phone-removed" : "memberprofile.flash.phone");
			}
			catch (PersonRestrictedException e) {
				result.reject("memberprofile.restricted");
			}
		}
		return page(me, AddressForm.of(me.address()), form, EmailForm.empty(), model);
	}

	@PostMapping("/courriel")
	String requestEmailChange(AuthenticatedUser member, @ModelAttribute("emailForm") EmailForm form,
			BindingResult result,
			@RequestParam(name = SensitiveChanges.FIELD, required = false) @Nullable String secret,
			HttpServletRequest request, Model model, RedirectAttributes redirect) {
		Person me = me(member);
		// proved first: a right password counts even when the address is to be corrected
		boolean confirmed = sensitive.confirmed(member, secret, request, model);
		EmailAddress email = form.validate(result, me.email());
		if (email != null && confirmed) {
			try {
				details.requestEmailChange(me.id(), email, member.accountId(), me.name().fullName());
				return done(redirect, "memberprofile.flash.email-sent");
			}
			catch (PersonRestrictedException e) {
				result.reject("memberprofile.restricted");
			}
		}
		return page(me, AddressForm.of(me.address()), PhoneForm.of(me.phone()), form, model);
	}

	@PostMapping("/courriel/annulation")
	String cancelEmailChange(AuthenticatedUser member, RedirectAttributes redirect) {
		Person me = me(member);
		details.cancelEmailChange(me.id(), member.accountId());
		return done(redirect, "memberprofile.flash.email-cancelled");
	}

	/**
	 * The page the mailed link opens: it shows the address and asks for a click, so that
	 * a mail scanner that follows links confirms nothing.
	 */
	@GetMapping("/courriel/{token}")
	String confirmation(AuthenticatedUser member, @PathVariable String token, Model model,
			HttpServletResponse response) {
		Person me = me(member);
		return changes.pendingEmail(me.id(), token).map(pending -> {
			model.addAttribute("pending", pending.value());
			model.addAttribute("token", token);
			return CONFIRM_VIEW;
		}).orElseGet(() -> invalidLink(response));
	}

	@PostMapping("/courriel/{token}")
	String confirm(AuthenticatedUser member, @PathVariable String token, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		Person me = me(member);
		try {
			details.confirmEmailChange(me.id(), token, member.accountId(), me.name().fullName());
			return done(redirect, "memberprofile.flash.email-changed");
		}
		catch (InvalidEmailChangeLinkException e) {
			return invalidLink(response);
		}
		catch (LoginAlreadyUsedException e) {
			model.addAttribute("loginTaken", true);
			return invalidLink(response);
		}
		catch (PersonRestrictedException e) {
			redirect.addFlashAttribute("flashError", "memberprofile.restricted");
			return "redirect:" + PATH;
		}
	}

	private static String invalidLink(HttpServletResponse response) {
		response.setStatus(HttpServletResponse.SC_NOT_FOUND);
		return INVALID_LINK_VIEW;
	}

	private String page(Person me, AddressForm address, PhoneForm phone, EmailForm email, Model model) {
		model.addAttribute("me", me);
		model.addAttribute("pendingEmail", changes.pendingEmail(me.id()).map(EmailAddress::value).orElse(null));
		if (!model.containsAttribute("addressForm")) {
			model.addAttribute("addressForm", address);
		}
		if (!model.containsAttribute("phoneForm")) {
			model.addAttribute("phoneForm", phone);
		}
		if (!model.containsAttribute("emailForm")) {
			model.addAttribute("emailForm", email);
		}
		return VIEW;
	}

	private static String done(RedirectAttributes redirect, String flash) {
		redirect.addFlashAttribute("flash", flash);
		return "redirect:" + PATH;
	}

	private Person me(AuthenticatedUser member) {
		UUID person = member.person().orElseThrow(() -> new NotFoundException("No person for this account"));
		return people.find(new PersonId(person)).orElseThrow(() -> new NotFoundException("No person for this account"));
	}

}
