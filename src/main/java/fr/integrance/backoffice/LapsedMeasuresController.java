package fr.integrance.backoffice;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import lombok.RequiredArgsConstructor;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import fr.integrance.contracts.ProtectionMeasure;
import fr.integrance.contracts.RepresentationListing;
import fr.integrance.contracts.Representations;
import fr.integrance.organisations.OrganisationId;
import fr.integrance.organisations.OrganisationSummary;
import fr.integrance.organisations.Organisations;
import fr.integrance.people.People;
import fr.integrance.people.PersonId;
import fr.integrance.people.PersonSummary;
import fr.integrance.platform.FrenchDates;

/**
 * {@code /gestion/mesures-echues}: the protection measures that ended in the last
 * {@value #DAYS} days and were not renewed (a renewal moves the end date, and the measure
 * leaves the list); their guardian organisation no longer reaches the adult in iTutelle.
 * The most recent ends first, each with a link to the person's file.
 */
@Controller
@RequiredArgsConstructor
class LapsedMeasuresController {

	static final int DAYS = 365;

	private final Representations representations;

	private final People people;

	private final Organisations organisations;

	private final Clock clock;

	/** One lapsed measure as the list shows it. */
	record Lapsed(UUID personId, String name, String organisation, ProtectionMeasure measure, LocalDate ended) {
	}

	@GetMapping("/gestion/mesures-echues")
	String lapsed(Model model) {
		LocalDate today = FrenchDates.today(clock);
		List<RepresentationListing> ended = representations.endingBetween(today.minusDays(DAYS), today.minusDays(1));
		Map<PersonId, PersonSummary> names = people
			.summaries(ended.stream().map(RepresentationListing::protectedAdult).distinct().toList());
		Map<UUID, String> organisationNames = new HashMap<>();
		List<Lapsed> lines = new ArrayList<>();
		for (RepresentationListing listing : ended) {
			PersonSummary adult = names.get(listing.protectedAdult());
			if (adult != null) {
				lines.add(new Lapsed(listing.protectedAdult().value(), adult.name().fullName(),
						organisationNames.computeIfAbsent(listing.guardianOrganisation(), this::organisationName),
						listing.measure(), listing.validity().end().orElseThrow()));
			}
		}
		lines.sort(Comparator.comparing(Lapsed::ended).reversed().thenComparing(Lapsed::name));
		model.addAttribute("lapsed", lines);
		model.addAttribute("days", DAYS);
		return "backoffice/contracts/lapsed-measures";
	}

	private String organisationName(UUID id) {
		@Nullable OrganisationSummary organisation = organisations.find(new OrganisationId(id)).orElse(null);
		return organisation == null ? "—" : organisation.name();
	}

}
