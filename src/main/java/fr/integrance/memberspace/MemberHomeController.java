package fr.integrance.memberspace;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

import fr.integrance.documents.DocumentSpaces;
import fr.integrance.documents.SpaceOwner;
import fr.integrance.documents.web.DueNoticeLink;
import fr.integrance.identity.AuthenticatedUser;
import fr.integrance.platform.FrenchDates;
import fr.integrance.platform.PageReads;

/**
 * The member's home page ({@code /iadherent}): their contracts with the plan's table of
 * cover and the beneficiaries, their paying account (IBAN masked), their contact details,
 * their open requests and the alert and reminder dates of their documents that are due;
 * each block says so when it has nothing. Everything is read for the signed-in account's
 * own person: the URL names no id. An account not linked to a person sees every block
 * empty.
 */
@Controller
@RequiredArgsConstructor
class MemberHomeController {

	static final String HOME_VIEW = "memberspace/home";

	private final DocumentSpaces documents;

	private final MemberOverview overview;

	private final Clock clock;

	private final PageReads reads;

	@ModelAttribute("audience")
	String audience() {
		return MemberSpaceConfiguration.SPACE.navigation();
	}

	@GetMapping("/iadherent")
	String home(AuthenticatedUser member, Locale locale, Model model) {
		UUID person = member.person().orElse(null);
		reads.run(() -> read(person, locale, model));
		model.addAttribute("zone", FrenchDates.FRANCE);
		return HOME_VIEW;
	}

	private void read(@Nullable UUID person, Locale locale, Model model) {
		List<DueNoticeLink> notices = person == null ? List.of()
				: documents.dueNotices(SpaceOwner.person(person), FrenchDates.today(clock))
					.stream()
					.map(notice -> DueNoticeLink.of(notice, MemberDocumentsController.PATH, null))
					.toList();
		model.addAttribute("dueNotices", notices);
		model.addAttribute("me", person == null ? null : overview.person(person).orElse(null));
		model.addAttribute("contracts", person == null ? List.of() : overview.contracts(person, locale));
		model.addAttribute("payment", person == null ? null : overview.payment(person).orElse(null));
		model.addAttribute("openRequests", person == null ? List.of() : overview.openRequests(person));
	}

}
