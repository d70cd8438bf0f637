package fr.integrance.guardianspace;

import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import lombok.RequiredArgsConstructor;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import fr.integrance.contracts.RepresentationActivity;
import fr.integrance.identity.AccountManagement;
import fr.integrance.identity.AccountSummary;
import fr.integrance.identity.AuthenticatedUser;
import fr.integrance.organisations.OrganisationId;
import fr.integrance.people.People;
import fr.integrance.people.PersonId;
import fr.integrance.platform.FrenchDates;
import fr.integrance.platform.NotFoundException;

/**
 * {@code /itutelle/agents/consultations}, for the organisation's administrators (the
 * security chain guards {@code /itutelle/agents/**}): which agent opened which protected
 * adult's file, and when, newest first, a page at a time.
 */
@Controller
@RequiredArgsConstructor
class FileOpeningsController {

	static final String PATH = "/itutelle/agents/consultations";

	static final int PAGE_SIZE = 50;

	private final RepresentationActivity activity;

	private final AccountManagement accounts;

	private final People people;

	/** One line of the list. */
	record Line(String agent, UUID adultId, String adult, LocalDateTime openedAt) {
	}

	@GetMapping(PATH)
	String openings(AuthenticatedUser administrator,
			@RequestParam(name = "page", required = false) @Nullable String page, Model model) {
		OrganisationId organisationId = administrator.organisation()
			.orElseThrow(() -> new NotFoundException("organisation"));
		UUID organisation = organisationId.value();
		int index = 0;
		try {
			index = page == null ? 0 : Math.max(0, Integer.parseInt(page.strip()) - 1);
		}
		catch (NumberFormatException ex) {
			index = 0;
		}
		RepresentationActivity.Openings found = activity.openings(organisation, index, PAGE_SIZE);
		Map<UUID, String> agents = new HashMap<>();
		for (AccountSummary account : accounts.organisationAccounts(organisationId)) {
			agents.put(account.id().value(), account.displayName());
		}
		Map<PersonId, String> adults = new HashMap<>();
		people.summaries(found.items().stream().map(RepresentationActivity.Opening::protectedAdult).distinct().toList())
			.forEach((id, summary) -> adults.put(id, summary.name().fullName()));
		List<Line> lines = found.items()
			.stream()
			.map(o -> new Line(agents.getOrDefault(o.agentAccount(), "—"), o.protectedAdult().value(),
					adults.getOrDefault(o.protectedAdult(), "—"),
					LocalDateTime.ofInstant(o.openedAt(), FrenchDates.FRANCE)))
			.toList();
		model.addAttribute("lines", lines);
		model.addAttribute("page", found.page());
		model.addAttribute("totalPages", found.totalPages());
		model.addAttribute("total", found.total());
		return "guardianspace/openings";
	}

}
