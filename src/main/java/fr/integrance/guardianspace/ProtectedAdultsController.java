package fr.integrance.guardianspace;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import lombok.RequiredArgsConstructor;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import fr.integrance.contracts.Dependant;
import fr.integrance.contracts.IndividualContract;
import fr.integrance.contracts.IndividualContracts;
import fr.integrance.contracts.HealthNeeds;
import fr.integrance.contracts.ProtectedAdultCare;
import fr.integrance.contracts.ProtectionMeasure;
import fr.integrance.contracts.Representation;
import fr.integrance.contracts.Representations;
import fr.integrance.guardianspace.AdultDirectory.Criteria;
import fr.integrance.guardianspace.AdultDirectory.Sort;
import fr.integrance.identity.AuthenticatedUser;
import fr.integrance.people.BankAccount;
import fr.integrance.people.BankDetailChanges;
import fr.integrance.people.People;
import fr.integrance.people.Person;
import fr.integrance.people.PersonId;
import fr.integrance.people.PersonSummary;
import fr.integrance.platform.FrenchDates;
import fr.integrance.platform.NotFoundException;

/**
 * {@code /itutelle/majeurs}: the organisation's protected adults (search, filters, sort,
 * pages) and {@code /itutelle/majeurs/{adultId}}: one adult's file (identity with the NIR
 * masked, the measure, contracts and beneficiaries, the paying account with the IBAN
 * masked, care and housing, the health needs (GDPR Art. 9: only here, each showing
 * journaled apart with the agent), the documents). Each opening of a file is journaled
 * with the agent. An adult the organisation does not represent today (another
 * organisation's, a lapsed measure, an unknown id) is 404.
 */
@Controller
@RequiredArgsConstructor
class ProtectedAdultsController {

	static final String LIST = "/itutelle/majeurs";

	private final AdultDirectory directory;

	private final Representations representations;

	private final People people;

	private final IndividualContracts contracts;

	private final FileJournal journal;

	private final ProtectedAdultCare care;

	private final BankDetailChanges bankChanges;

	private final Clock clock;

	static String path(UUID adult) {
		return LIST + "/" + adult;
	}

	@GetMapping(LIST)
	String list(AuthenticatedUser agent, @RequestParam(name = "q", required = false) @Nullable String query,
			@RequestParam(name = "mesure", required = false) @Nullable String measure,
			@RequestParam(name = "echeance", required = false) @Nullable String endingSoon,
			@RequestParam(name = "tri", required = false) @Nullable String sort,
			@RequestParam(name = "page", required = false) @Nullable String page, Model model) {
		Criteria criteria = new Criteria(query == null ? "" : query.strip(), measure(measure),
				"proche".equals(endingSoon), Sort.parse(sort), pageIndex(page));
		model.addAttribute("criteria", criteria);
		model.addAttribute("adults", directory.list(agent, criteria));
		model.addAttribute("measures", ProtectionMeasure.values());
		model.addAttribute("endingSoonDays", AdultDirectory.ENDING_SOON_DAYS);
		return "guardianspace/adults";
	}

	@GetMapping(LIST + "/{adultId}")
	String adult(AuthenticatedUser agent, @PathVariable PersonId adultId, Model model) {
		UUID organisation = agent.organisation().orElseThrow(() -> notFound()).value();
		PersonId person = adultId;
		UUID id = person.value();
		LocalDate today = FrenchDates.today(clock);
		Representation representation = representations.ofPerson(person)
			.stream()
			.filter(r -> r.guardianOrganisation().equals(organisation) && r.isValidOn(today))
			.max(Comparator.comparing(r -> r.validity().end().orElse(LocalDate.MAX)))
			.orElseThrow(ProtectedAdultsController::notFound);
		Person adult = people.find(person).orElseThrow(ProtectedAdultsController::notFound);
		journal.opened(agent, organisation, id);
		Optional<HealthNeeds> needs = care.healthNeeds(person);
		if (needs.isPresent()) {
			journal.healthNeedsShown(agent, organisation, id);
		}
		model.addAttribute("housing", care.housing(person).orElse(null));
		model.addAttribute("healthNeeds", needs.orElse(null));
		List<IndividualContract> held = contracts.ofPerson(person)
			.stream()
			.filter(contract -> contract.member().equals(person))
			.toList();
		List<PersonId> beneficiaries = held.stream()
			.flatMap(contract -> contract.dependants().stream())
			.map(Dependant::person)
			.distinct()
			.toList();
		Map<PersonId, PersonSummary> names = people.summaries(beneficiaries);
		Optional<BankAccount> account = people.bankAccounts(person).stream().reduce((first, second) -> second);
		LocalDate until = representation.validity().end().orElse(null);
		model.addAttribute("adult", adult);
		model.addAttribute("representation", representation);
		model.addAttribute("endingSoon",
				until != null && !until.isAfter(today.plusDays(AdultDirectory.ENDING_SOON_DAYS)));
		model.addAttribute("contracts", held);
		model.addAttribute("beneficiaryNames", names);
		model.addAttribute("account", account.orElse(null));
		model.addAttribute("history", ProtectedAdultBankController.history(bankChanges, id));
		model.addAttribute("documentsPath", ProtectedAdultDocumentsController.path(id));
		model.addAttribute("filePath", path(id));
		return "guardianspace/adult";
	}

	private static @Nullable ProtectionMeasure measure(@Nullable String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		for (ProtectionMeasure measure : ProtectionMeasure.values()) {
			if (measure.name().equals(text)) {
				return measure;
			}
		}
		return null;
	}

	private static int pageIndex(@Nullable String text) {
		try {
			return text == null ? 0 : Math.max(0, Integer.parseInt(text.strip()) - 1);
		}
		catch (NumberFormatException ex) {
			return 0;
		}
	}

	private static NotFoundException notFound() {
		return new NotFoundException("protected adult");
	}

}
