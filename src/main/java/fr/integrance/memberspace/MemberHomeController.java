package fr.integrance.memberspace;

import java.time.Clock;
import java.util.List;

import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

import fr.integrance.documents.DocumentSpaces;
import fr.integrance.documents.SpaceOwner;
import fr.integrance.documents.web.DueNoticeLink;
import fr.integrance.identity.AuthenticatedUser;
import fr.integrance.platform.FrenchDates;

/**
 * The member's home page, with the alert and reminder dates of their documents that are
 * due.
 */
@Controller
@RequiredArgsConstructor
class MemberHomeController {

	static final String HOME_VIEW = "memberspace/home";

	private final DocumentSpaces documents;

	private final Clock clock;

	@ModelAttribute("audience")
	String audience() {
		return MemberSpaceConfiguration.SPACE.navigation();
	}

	@GetMapping("/iadherent")
	String home(AuthenticatedUser member, Model model) {
		List<DueNoticeLink> notices = member.person()
			.map(person -> documents.dueNotices(SpaceOwner.person(person), FrenchDates.today(clock))
				.stream()
				.map(notice -> DueNoticeLink.of(notice, MemberDocumentsController.PATH, null))
				.toList())
			.orElse(List.of());
		model.addAttribute("dueNotices", notices);
		return HOME_VIEW;
	}

}
