package fr.integrance.memberspace;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import lombok.RequiredArgsConstructor;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import fr.integrance.consent.RequestOrigin;
import fr.integrance.identity.AuthenticatedUser;
import fr.integrance.memberspace.MemberDataPage.PurposeView;
import fr.integrance.platform.FrenchDates;
import fr.integrance.platform.NotFoundException;

/**
 * {@code /iadherent/mes-donnees}: what the mutual holds about the signed-in member,
 * grouped by register purpose; who opened their file (role, date, purpose); their
 * consents, each withdrawable; a link to exercise each right from the space. The URL
 * names no person; an account without one gets 404.
 */
@Controller
@RequestMapping(MemberDataController.PATH)
@RequiredArgsConstructor
class MemberDataController {

	static final String PATH = "/iadherent/mes-donnees";

	static final String VIEW = "memberspace/mes-donnees";

	/** The rights page of the space (built with the rights issue). */
	static final String RIGHTS_PATH = "/iadherent/mes-droits";

	private final MemberDataPage data;

	@ModelAttribute("audience")
	String audience() {
		return MemberSpaceConfiguration.SPACE.navigation();
	}

	@GetMapping
	String page(AuthenticatedUser member, @RequestParam(name = "avant", required = false) @Nullable Long before,
			Locale locale, Model model) {
		UUID person = person(member);
		List<PurposeView> purposes = data.purposes(person, member.accountId(), locale);
		model.addAttribute("purposes", purposes);
		model.addAttribute("categories", MemberDataPage.categories(purposes));
		model.addAttribute("openings", data.openings(person, member.accountId(), before, locale));
		model.addAttribute("consents", data.consents(person, locale));
		model.addAttribute("disclosures", data.disclosures(person, locale));
		model.addAttribute("rights", data.rights(purposes, locale));
		model.addAttribute("rightsPath", RIGHTS_PATH);
		model.addAttribute("zone", FrenchDates.FRANCE);
		return VIEW;
	}

	@PostMapping("/consentements/{purpose}/retrait")
	String withdraw(AuthenticatedUser member, @PathVariable String purpose, HttpServletRequest request,
			RedirectAttributes redirect) {
		UUID person = person(member);
		if (!data.withdraw(person, purpose,
				new RequestOrigin(request.getRemoteAddr(), request.getHeader("User-Agent")))) {
			throw new NotFoundException("No consent in force for that purpose");
		}
		redirect.addFlashAttribute("flash", "mydata.flash.withdrawn");
		return "redirect:" + PATH + "#consents-heading";
	}

	private static UUID person(AuthenticatedUser member) {
		return member.person().orElseThrow(() -> new NotFoundException("No person for this account"));
	}

}
