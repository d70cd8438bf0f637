package fr.integrance.guardianspace;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import fr.integrance.documents.DocumentSpaces;
import fr.integrance.documents.SpaceOwner;
import fr.integrance.documents.web.DueNoticeLink;
import fr.integrance.guardianspace.ProtectedAdults.ProtectedAdult;
import fr.integrance.identity.AuthenticatedUser;
import fr.integrance.platform.FrenchDates;

/**
 * The guardian agent's home page: the organisation's protected adults, each with a link
 * to their documents, and the alert and reminder dates of those documents that are due.
 */
@Controller
@RequiredArgsConstructor
class GuardianHomeController {

	static final String HOME_VIEW = "guardianspace/home";

	private final ProtectedAdults adults;

	private final DocumentSpaces documents;

	private final Clock clock;

	@GetMapping("/itutelle")
	String home(AuthenticatedUser agent, Model model) {
		model.addAttribute("managesAgents", agent.organisationAdministrator());
		List<ProtectedAdult> protectedAdults = adults.of(agent);
		LocalDate today = FrenchDates.today(clock);
		List<DueNoticeLink> notices = protectedAdults.stream()
			.flatMap(adult -> documents.dueNotices(SpaceOwner.person(adult.id()), today)
				.stream()
				.map(notice -> DueNoticeLink.of(notice, ProtectedAdultDocumentsController.path(adult.id()),
						adult.name())))
			.toList();
		model.addAttribute("protectedAdults", protectedAdults);
		model.addAttribute("dueNotices", notices);
		return HOME_VIEW;
	}

}
