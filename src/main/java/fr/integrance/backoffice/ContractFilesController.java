package fr.integrance.backoffice;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import fr.integrance.audit.AuditActor;
import fr.integrance.backoffice.FileForms.SuspensionForm;
import fr.integrance.backoffice.FileForms.TerminationForm;
import fr.integrance.contracts.ContractFile;
import fr.integrance.contracts.ContractFiles;
import fr.integrance.contracts.ContractId;
import fr.integrance.contracts.IndividualContract;
import fr.integrance.contracts.InvalidTransitionException;
import fr.integrance.contracts.PlanCatalogue;
import fr.integrance.identity.CurrentUser;
import fr.integrance.people.PersonRestrictedException;
import fr.integrance.platform.FrenchDates;
import fr.integrance.platform.InvalidValueException;

/**
 * {@code /gestion/contrats/{id}}: an individual contract as staff see it (plan, member
 * number, dates, status, member and dependants, retention date once terminated), and the
 * staff's actions on its status — suspend, resume, terminate — each with a reason, each
 * journaled by the contracts module that serves it ({@link ContractFiles}). A transition
 * the contract's state forbids is answered with a French message on the page.
 */
@Controller
class ContractFilesController {

	static final String CONTRACT_VIEW = "backoffice/contracts/contract";

	private static final DateTimeFormatter FRENCH_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private final ContractFiles files;

	private final PlanCatalogue plans;

	private final CurrentUser currentUser;

	private final Clock clock;

	ContractFilesController(ContractFiles files, PlanCatalogue plans, CurrentUser currentUser, Clock clock) {
		this.files = files;
		this.plans = plans;
		this.currentUser = currentUser;
		this.clock = clock;
	}

	@GetMapping("/gestion/contrats/{contractId}")
	String contract(@PathVariable ContractId contractId, Model model) {
		return show(contractId, model);
	}

	@PostMapping("/gestion/contrats/{contractId}/suspension")
	String suspend(@PathVariable ContractId contractId, @ModelAttribute("suspensionForm") SuspensionForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		Optional<String> reason = form.validate(errors);
		if (reason.isPresent()) {
			try {
				IndividualContract changed = files.suspend(contractId, reason.get(), reader());
				return done(changed, "files.contract.suspended", redirect);
			}
			catch (InvalidTransitionException e) {
				model.addAttribute("transitionError", "files.contract.transition.suspend");
			}
			catch (PersonRestrictedException e) {
				model.addAttribute("restrictionError", true);
			}
		}
		return show(contractId, model);
	}

	@PostMapping("/gestion/contrats/{contractId}/reprise")
	String resume(@PathVariable ContractId contractId, Model model, RedirectAttributes redirect) {
		try {
			IndividualContract changed = files.resume(contractId, reader());
			return done(changed, "files.contract.resumed", redirect);
		}
		catch (InvalidTransitionException e) {
			model.addAttribute("transitionError", "files.contract.transition.resume");
		}
		catch (PersonRestrictedException e) {
			model.addAttribute("restrictionError", true);
		}
		return show(contractId, model);
	}

	@PostMapping("/gestion/contrats/{contractId}/resiliation")
	String terminate(@PathVariable ContractId contractId, @ModelAttribute("terminationForm") TerminationForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		Optional<LocalDate> endDate = form.validateDate(errors);
		Optional<String> reason = form.validateReason(errors);
		String refusedDate = null;
		if (!errors.hasErrors() && endDate.isPresent() && reason.isPresent()) {
			try {
				IndividualContract changed = files.terminate(contractId, endDate.get(), reason.get(), reader());
				return done(changed, "files.contract.terminated", redirect);
			}
			catch (InvalidTransitionException e) {
				model.addAttribute("transitionError", "files.contract.transition.terminate");
			}
			catch (PersonRestrictedException e) {
				model.addAttribute("restrictionError", true);
			}
			catch (InvalidValueException e) {
				refusedDate = e.messageKey();
			}
		}
		ContractFile file = files.open(contractId, reader());
		if (endDate.isPresent() && !explainedOutOfRange(endDate.get(), file.contract(), errors)
				&& refusedDate != null) {
			errors.rejectValue("endDate", refusedDate);
		}
		return show(file, model);
	}

	/**
	 * Explains, next to the field and with the dates, an end date the contract refuses:
	 * before its start, or after today (a termination is recorded once effective).
	 */
	private boolean explainedOutOfRange(LocalDate endDate, IndividualContract contract, BindingResult errors) {
		LocalDate today = FrenchDates.today(clock);
		if (endDate.isBefore(contract.startDate())) {
			errors.rejectValue("endDate", "files.contract.end-date.before-start",
					new Object[] { FRENCH_DATE.format(contract.startDate()) }, null);
			return true;
		}
		if (endDate.isAfter(today)) {
			errors.rejectValue("endDate", "files.contract.end-date.after-today",
					new Object[] { FRENCH_DATE.format(today) }, null);
			return true;
		}
		return false;
	}

	private static String done(IndividualContract contract, String message, RedirectAttributes redirect) {
		redirect.addFlashAttribute("flash", message);
		return "redirect:/gestion/contrats/" + contract.id().value();
	}

	/**
	 * The page, opened through {@link ContractFiles#open}: journaled as a read of the
	 * data of each person it shows, the member and each dependant (their names and birth
	 * dates are on it).
	 */
	private String show(ContractId contractId, Model model) {
		return show(files.open(contractId, reader()), model);
	}

	private String show(ContractFile file, Model model) {
		IndividualContract contract = file.contract();
		model.addAttribute("restricted", file.restricted());
		model.addAttribute("contract", contract);
		model.addAttribute("planName", PersonFilesController.planName(plans, contract.planCode()));
		model.addAttribute("persons", file.persons());
		model.addAttribute("member", file.member());
		if (!model.containsAttribute("suspensionForm")) {
			model.addAttribute("suspensionForm", SuspensionForm.empty());
		}
		if (!model.containsAttribute("terminationForm")) {
			model.addAttribute("terminationForm", TerminationForm.empty(FrenchDates.today(clock)));
		}
		return CONTRACT_VIEW;
	}

	private AuditActor reader() {
		return PersonFilesController.reader(currentUser);
	}

}
