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
 * to their documents, the alert and reminder dates of those documents that are due, and
 * the measures ending within {@value AdultDirectory#ENDING_SOON_DAYS} days.
 */
@Controller
@RequiredArgsConstructor
class GuardianHomeController {

	static final String HOME_VIEW = "guardianspace/home";

	private final ProtectedAdults adults;

	private final DocumentSpaces documents;

	private final AdultDirectory directory;

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
		List<AdultDirectory.Row> ending = directory.endingSoon(agent);
		model.addAttribute("endingMeasures", ending.subList(0, Math.min(5, ending.size())));
		model.addAttribute("endingMeasuresCount", ending.size());
		model.addAttribute("endingSoonDays", AdultDirectory.ENDING_SOON_DAYS);
		return HOME_VIEW;
	}

}
