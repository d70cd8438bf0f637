package fr.integrance.backoffice;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
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
import fr.integrance.identity.Audience;
import fr.integrance.people.People;
import fr.integrance.people.PersonId;
import fr.integrance.people.PersonSummary;
import fr.integrance.platform.InvalidValueException;

/**
 * {@code /gestion/contrats/{id}}: an individual contract as staff see it (plan, member number,
 * dates, status, member and dependants, retention date once terminated), and the staff's actions
 * on its status — suspend, resume, terminate — each with a reason, each journaled. A transition
 * the contract's state forbids is answered with a French message on the page.
 */
@Controller
class ContractFilesController {

	static final String CONTRACT_VIEW = "backoffice/contracts/contract";

	private static final DateTimeFormatter FRENCH_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private final IndividualContracts contracts;
	private final People people;
	private final PlanCatalogue plans;
	private final FileJournal journal;
	private final Clock clock;

	ContractFilesController(IndividualContracts contracts, People people, PlanCatalogue plans, FileJournal journal,
			Clock clock) {
		this.contracts = contracts;
		this.people = people;
		this.plans = plans;
		this.journal = journal;
		this.clock = clock;
	}

	@ModelAttribute("audience")
	String audience() {
		return Audience.STAFF.navigation();
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
				contracts.suspend(contract.id(), reason.get());
				journal.contractChanged(FileJournal.CONTRACT_SUSPENDED, contract);
				return done(contract, "files.contract.suspended", redirect);
			}
			catch (InvalidTransitionException e) {
				model.addAttribute("transitionError", "files.contract.transition.suspend");
			}
		}
		return show(contract, model);
	}

	@PostMapping("/gestion/contrats/{contractId}/reprise")
	String resume(@PathVariable String contractId, Model model, RedirectAttributes redirect) {
		IndividualContract contract = find(contractId);
		try {
			contracts.resume(contract.id());
			journal.contractChanged(FileJournal.CONTRACT_RESUMED, contract);
			return done(contract, "files.contract.resumed", redirect);
		}
		catch (InvalidTransitionException e) {
			model.addAttribute("transitionError", "files.contract.transition.resume");
		}
		return show(contract, model);
	}

	@PostMapping("/gestion/contrats/{contractId}/resiliation")
	String terminate(@PathVariable String contractId, @ModelAttribute("terminationForm") TerminationForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		IndividualContract contract = find(contractId);
		Optional<LocalDate> endDate = form.validateDate(errors);
		if (endDate.isPresent() && endDate.get().isBefore(contract.startDate())) {
			errors.rejectValue("endDate", "files.contract.end-date.before-start",
					new Object[] { FRENCH_DATE.format(contract.startDate()) }, null);
		}
		Optional<String> reason = form.validateReason(errors);
		if (!errors.hasErrors() && endDate.isPresent() && reason.isPresent()) {
			try {
				contracts.terminate(contract.id(), endDate.get(), reason.get());
				journal.contractChanged(FileJournal.CONTRACT_TERMINATED, contract);
				return done(contract, "files.contract.terminated", redirect);
			}
			catch (InvalidTransitionException e) {
				model.addAttribute("transitionError", "files.contract.transition.terminate");
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

	/** The page, journaled as a read of the member's data (and the dependants' shown with it). */
	private String show(IndividualContract contract, Model model) {
		journal.contractRead(contract);
		Set<PersonId> persons = new HashSet<>();
		persons.add(contract.member());
		contract.dependants().stream().map(Dependant::person).forEach(persons::add);
		Map<PersonId, PersonSummary> summaries = people.summaries(persons);
		model.addAttribute("contract", contract);
		model.addAttribute("planName", PersonFilesController.planName(plans, contract.planCode()));
		model.addAttribute("persons", summaries);
		model.addAttribute("member", summaries.get(contract.member()));
		if (!model.containsAttribute("suspensionForm")) {
			model.addAttribute("suspensionForm", SuspensionForm.empty());
		}
		if (!model.containsAttribute("terminationForm")) {
			model.addAttribute("terminationForm", TerminationForm.empty(LocalDate.now(clock)));
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
