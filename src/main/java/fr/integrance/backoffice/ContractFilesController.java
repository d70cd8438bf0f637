package fr.integrance.backoffice;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import fr.integrance.backoffice.FileForms.SuspensionForm;
import fr.integrance.backoffice.FileForms.TerminationForm;
import fr.integrance.contracts.ContractId;
import fr.integrance.contracts.Dependant;
import fr.integrance.contracts.IndividualContract;
import fr.integrance.contracts.IndividualContracts;
import fr.integrance.contracts.InvalidTransitionException;
import fr.integrance.contracts.PlanCatalogue;
import fr.integrance.people.People;
import fr.integrance.people.PersonId;
import fr.integrance.people.PersonRestrictedException;
import fr.integrance.people.PersonSummary;
import fr.integrance.platform.FrenchDates;
import fr.integrance.platform.InvalidValueException;

/**
 * {@code /gestion/contrats/{id}}: an individual contract as staff see it (plan, member
 * number, dates, status, member and dependants, retention date once terminated), and the
 * staff's actions on its status — suspend, resume, terminate — each with a reason, each
 * journaled. A transition the contract's state forbids is answered with a French message
 * on the page.
 */
@Controller
class ContractFilesController {

	static final String CONTRACT_VIEW = "backoffice/contracts/contract";

	private static final DateTimeFormatter FRENCH_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private final IndividualContracts contracts;

	private final ContractActions actions;

	private final People people;

	private final PlanCatalogue plans;

	private final FileJournal journal;

	private final Clock clock;

	ContractFilesController(IndividualContracts contracts, ContractActions actions, People people, PlanCatalogue plans,
			FileJournal journal, Clock clock) {
		this.contracts = contracts;
		this.actions = actions;
		this.people = people;
		this.plans = plans;
		this.journal = journal;
		this.clock = clock;
	}

	@GetMapping("/gestion/contrats/{contractId}")
	String contract(@PathVariable String contractId, Model model) {
		return show(find(contractId), model);
	}

	@PostMapping("/gestion/contrats/{contractId}/suspension")
	String suspend(@PathVariable String contractId, @ModelAttribute("suspensionForm") SuspensionForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		IndividualContract contract = find(contractId);
		Optional<String> reason = form.validate(errors);
		if (reason.isPresent()) {
			try {
				actions.suspend(contract, reason.get());
				return done(contract, "files.contract.suspended", redirect);
			}
			catch (InvalidTransitionException e) {
				model.addAttribute("transitionError", "files.contract.transition.suspend");
			}
			catch (PersonRestrictedException e) {
				model.addAttribute("restrictionError", true);
			}
		}
		return show(contract, model);
	}

	@PostMapping("/gestion/contrats/{contractId}/reprise")
	String resume(@PathVariable String contractId, Model model, RedirectAttributes redirect) {
		IndividualContract contract = find(contractId);
		try {
			actions.resume(contract);
			return done(contract, "files.contract.resumed", redirect);
		}
		catch (InvalidTransitionException e) {
			model.addAttribute("transitionError", "files.contract.transition.resume");
		}
		catch (PersonRestrictedException e) {
			model.addAttribute("restrictionError", true);
		}
		return show(contract, model);
	}

	@PostMapping("/gestion/contrats/{contractId}/resiliation")
	String terminate(@PathVariable String contractId, @ModelAttribute("terminationForm") TerminationForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		IndividualContract contract = find(contractId);
		Optional<LocalDate> endDate = form.validateDate(errors);
		LocalDate today = FrenchDates.today(clock);
		if (endDate.isPresent() && endDate.get().isBefore(contract.startDate())) {
			errors.rejectValue("endDate", "files.contract.end-date.before-start",
					new Object[] { FRENCH_DATE.format(contract.startDate()) }, null);
		}
		else if (endDate.isPresent() && endDate.get().isAfter(today)) {
			errors.rejectValue("endDate", "files.contract.end-date.after-today",
					new Object[] { FRENCH_DATE.format(today) }, null);
		}
		Optional<String> reason = form.validateReason(errors);
		if (!errors.hasErrors() && endDate.isPresent() && reason.isPresent()) {
			try {
				actions.terminate(contract, endDate.get(), reason.get());
				return done(contract, "files.contract.terminated", redirect);
			}
			catch (InvalidTransitionException e) {
				model.addAttribute("transitionError", "files.contract.transition.terminate");
			}
			catch (PersonRestrictedException e) {
				model.addAttribute("restrictionError", true);
			}
			catch (InvalidValueException e) {
				errors.rejectValue("endDate", e.messageKey());
			}
		}
		return show(contract, model);
	}

	private static String done(IndividualContract contract, String message, RedirectAttributes redirect) {
		redirect.addFlashAttribute("flash", message);
		return "redirect:/gestion/contrats/" + contract.id().value();
	}

	/**
	 * The page, journaled as a read of the data of each person it shows: the member and
	 * each dependant (their names and birth dates are on it), one entry each.
	 */
	private String show(IndividualContract contract, Model model) {
		Set<PersonId> persons = new LinkedHashSet<>();
		persons.add(contract.member());
		contract.dependants().stream().map(Dependant::person).forEach(persons::add);
		Map<PersonId, PersonSummary> summaries = people.summaries(persons);
		journal.contractRead(contract, summaries.keySet());
		PersonSummary member = summaries.get(contract.member());
		model.addAttribute("restricted", contract.restricted() || member != null && member.restricted());
		model.addAttribute("contract", contract);
		model.addAttribute("planName", PersonFilesController.planName(plans, contract.planCode()));
		model.addAttribute("persons", summaries);
		model.addAttribute("member", member);
		if (!model.containsAttribute("suspensionForm")) {
			model.addAttribute("suspensionForm", SuspensionForm.empty());
		}
		if (!model.containsAttribute("terminationForm")) {
			model.addAttribute("terminationForm", TerminationForm.empty(FrenchDates.today(clock)));
		}
		return CONTRACT_VIEW;
	}

	private IndividualContract find(String contractId) {
		return PersonFilesController.parse(contractId)
			.map(ContractId::new)
			.flatMap(contracts::find)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

}
