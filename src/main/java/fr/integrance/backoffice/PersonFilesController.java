package fr.integrance.backoffice;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import lombok.RequiredArgsConstructor;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.View;

import fr.integrance.audit.AuditActor;
import fr.integrance.backoffice.FileForms.MemberSearch;
import fr.integrance.backoffice.FileForms.NameSearch;
import fr.integrance.backoffice.FileForms.NirSearch;
import fr.integrance.contracts.Affiliation;
import fr.integrance.contracts.Dependant;
import fr.integrance.contracts.IndividualContract;
import fr.integrance.contracts.IndividualContracts;
import fr.integrance.contracts.MemberNumber;
import fr.integrance.contracts.PersonContracts;
import fr.integrance.contracts.PlanCatalogue;
import fr.integrance.contracts.Representation;
import fr.integrance.identity.AuthenticatedUser;
import fr.integrance.organisations.OrganisationId;
import fr.integrance.organisations.OrganisationSummary;
import fr.integrance.organisations.Organisations;
import fr.integrance.people.BankAccount;
import fr.integrance.people.People;
import fr.integrance.people.Person;
import fr.integrance.people.PersonFiles;
import fr.integrance.people.PersonId;
import fr.integrance.people.PersonSummary;
import fr.integrance.platform.FrenchDates;
import fr.integrance.platform.HeldPages;
import fr.integrance.platform.PageReads;
import fr.integrance.platform.Nir;

/**
 * {@code /gestion/personnes}: staff find a person by last name (and birth date), by
 * member number or by NIR, and open their file. Every opening is journaled, by the people
 * module that serves it ({@link PersonFiles}). The NIR travels only in a POST body (never
 * in a URL, which access logs and browser histories keep) and nothing searched is logged.
 */
@Controller
@RequiredArgsConstructor
class PersonFilesController {

	static final String SEARCH_VIEW = "backoffice/people/search";
	static final String PERSON_VIEW = "backoffice/people/person";

	/** Rows shown for a name search; one more is asked for to know that more exist. */
	static final int RESULT_LIMIT = 50;

	private final People people;

	private final PersonFiles files;

	private final IndividualContracts contracts;

	private final PersonContracts personContracts;

	private final Organisations organisations;

	private final PlanCatalogue plans;

	private final Clock clock;

	private final PageReads reads;

	private final HeldPages held;

	/**
	 * The search page; with {@code lastName} a name search, with {@code memberNumber} a
	 * jump to the contract.
	 */
	@GetMapping("/gestion/personnes")
	String search(@ModelAttribute("nameSearch") NameSearch nameSearch, BindingResult nameErrors,
			@ModelAttribute("memberSearch") MemberSearch memberSearch, BindingResult memberErrors, Model model) {
		model.addAttribute("nirSearch", NirSearch.empty());
		if (memberSearch.submitted()) {
			Optional<MemberNumber> number = memberSearch.validate(memberErrors);
			if (number.isPresent()) {
				Optional<IndividualContract> contract = contracts.findByMemberNumber(number.get());
				if (contract.isPresent()) {
					return "redirect:/gestion/contrats/" + contract.get().id().value();
				}
				model.addAttribute("memberNotFound", true);
			}
			return SEARCH_VIEW;
		}
		if (nameSearch.submitted()) {
			Optional<LocalDate> birthDate = nameSearch.validate(nameErrors, FrenchDates.today(clock));
			if (!nameErrors.hasErrors()) {
				List<PersonSummary> found = people.search(nameSearch.trimmedName(), birthDate.orElse(null),
						RESULT_LIMIT + 1);
				model.addAttribute("results", found.subList(0, Math.min(RESULT_LIMIT, found.size())));
				model.addAttribute("moreResults", found.size() > RESULT_LIMIT);
			}
		}
		return SEARCH_VIEW;
	}

	/**
	 * Search by NIR: posted, looked up through the blind index, straight to the file when
	 * found.
	 */
	@PostMapping("/gestion/personnes/recherche-nir")
	String searchByNir(@ModelAttribute("nirSearch") NirSearch nirSearch, BindingResult errors, Model model) {
		model.addAttribute("nameSearch", NameSearch.empty());
		model.addAttribute("memberSearch", MemberSearch.empty());
		Optional<Nir> nir = nirSearch.validate(errors);
		if (nir.isPresent()) {
			Optional<PersonSummary> found = people.findByNir(nir.get());
			if (found.isPresent()) {
				return "redirect:/gestion/personnes/" + found.get().id().value();
			}
			model.addAttribute("nirNotFound", true);
		}
		return SEARCH_VIEW;
	}

	@GetMapping("/gestion/personnes/{personId}")
	View person(AuthenticatedUser staff, @PathVariable PersonId personId, Model model, Locale locale) {
		// The opening's journal entry commits while the rest of the page is read and
		// rendered; the page is sent only once it is committed (closing the opening waits
		// for it), and not at all when it could not be.
		PersonFiles.Opening opening = reads.read(() -> {
			PersonFiles.Opening opened = files.opening(personId, reader(staff));
			show(opened.person(), opened.bankAccounts(), false, model);
			return opened;
		});
		return held.until(PERSON_VIEW, locale, opening::close);
	}

	/**
	 * The same file with the NIR in full, for the rare task that needs it (a mandatory
	 * scheme's form, a check against a card): a POST, so that no link prefetch or history
	 * replays it, and journaled as such beside the opening itself.
	 */
	@PostMapping("/gestion/personnes/{personId}/nir")
	String revealNir(AuthenticatedUser staff, @PathVariable PersonId personId, Model model) {
		reads.run(() -> {
			Person person = files.openShowingNir(personId, reader(staff));
			show(person, people.bankAccounts(person.id()), true, model);
		});
		return PERSON_VIEW;
	}

	private void show(Person person, List<BankAccount> bankAccounts, boolean nirRevealed, Model model) {
		PersonContracts.Holdings holdings = personContracts.of(person.id());
		model.addAttribute("person", person);
		model.addAttribute("nirRevealed", nirRevealed);
		model.addAttribute("bankAccounts", bankAccounts);
		model.addAttribute("contracts", contractLines(person.id(), holdings.contracts()));
		model.addAttribute("affiliations", affiliationLines(holdings.affiliations()));
		model.addAttribute("representations", representationLines(holdings.representations()));
	}

	/**
	 * The person's affiliations to group contracts, with the contract's reference and the
	 * employer's name.
	 */
	private List<AffiliationLine> affiliationLines(List<PersonContracts.GroupAffiliation> found) {
		return found.stream()
			.map(line -> new AffiliationLine(line.affiliation(), line.groupContractReference(),
					organisationName(line.employerOrganisation()).orElse(null),
					planName(plans, line.affiliation().planCode())))
			.sorted(Comparator.comparing((AffiliationLine line) -> line.affiliation().startDate()).reversed())
			.toList();
	}

	/**
	 * Who represents the person (a guardian service), under which measure and for when.
	 */
	private List<RepresentationLine> representationLines(List<Representation> found) {
		LocalDate today = FrenchDates.today(clock);
		return found.stream()
			.map(representation -> new RepresentationLine(representation,
					organisationName(representation.guardianOrganisation()).orElse(null),
					representation.isValidOn(today)))
			.sorted(Comparator.comparing((RepresentationLine line) -> line.representation().validity().start())
				.reversed())
			.toList();
	}

	private Optional<String> organisationName(UUID organisation) {
		return organisations.find(new OrganisationId(organisation)).map(OrganisationSummary::name);
	}

	/**
	 * The person's contracts, as member or as dependant, with the plan's name and the
	 * holder's.
	 */
	private List<ContractLine> contractLines(PersonId person, List<IndividualContract> found) {
		Set<PersonId> holders = found.stream()
			.map(IndividualContract::member)
			.filter(member -> !member.equals(person))
			.collect(Collectors.toSet());
		Map<PersonId, PersonSummary> summaries = holders.isEmpty() ? Map.of() : people.summaries(holders);
		List<ContractLine> lines = new ArrayList<>();
		for (IndividualContract contract : found) {
			boolean member = contract.member().equals(person);
			@Nullable Dependant dependant = member ? null
					: contract.dependants().stream().filter(d -> d.person().equals(person)).findFirst().orElse(null);
			lines.add(new ContractLine(contract, planName(plans, contract.planCode()), member, dependant,
					member ? null : summaries.get(contract.member())));
		}
		lines.sort(Comparator.comparing((ContractLine line) -> line.contract().startDate()).reversed());
		return lines;
	}

	static String planName(PlanCatalogue plans, String code) {
		return plans.plan(code).map(PlanCatalogue.Plan::name).orElse(code);
	}

	/** The staff member reading or changing a file, as the journal names them. */
	static AuditActor reader(AuthenticatedUser staff) {
		return AuditActor.account(staff.accountId().value());
	}

	/**
	 * One contract on a person's page: as its member, or as a dependant (then the kind of
	 * dependant and who holds the contract).
	 */
	record ContractLine(IndividualContract contract, String planName, boolean member, @Nullable Dependant dependant,
			@Nullable PersonSummary holder) {
	}

	/**
	 * An affiliation with its group contract's reference and its employer's name (null
	 * when unknown).
	 */
	record AffiliationLine(Affiliation affiliation, @Nullable String groupContractReference,
			@Nullable String employerName, String planName) {
	}

	/**
	 * A representation with its guardian service's name, and whether it is in force
	 * today.
	 */
	record RepresentationLine(Representation representation, @Nullable String guardianName, boolean current) {
	}

}
