package fr.integrance.backoffice;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.function.Supplier;

import lombok.RequiredArgsConstructor;

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
import fr.integrance.identity.AuthenticatedUser;
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
@RequiredArgsConstructor
class ContractFilesController {

	static final String CONTRACT_VIEW = "backoffice/contracts/contract";

	private static final DateTimeFormatter FRENCH_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private final ContractFiles files;

	private final PlanCatalogue plans;

	private final Clock clock;

	@GetMapping("/gestion/contrats/{contractId}")
	String contract(AuthenticatedUser staff, @PathVariable ContractId contractId, Model model) {
		return show(files.open(contractId, PersonFilesController.reader(staff)), model);
	}

	@PostMapping("/gestion/contrats/{contractId}/suspension")
	String suspend(AuthenticatedUser staff, @PathVariable ContractId contractId,
			@ModelAttribute("suspensionForm") SuspensionForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		AuditActor reader = PersonFilesController.reader(staff);
		Optional<String> reason = form.validate(errors);
		return reason
			.flatMap(given -> change(() -> files.suspend(contractId, given, reader), "files.contract.suspended",
					"files.contract.transition.suspend", model, redirect))
			.orElseGet(() -> show(files.open(contractId, reader), model));
	}

	@PostMapping("/gestion/contrats/{contractId}/reprise")
	String resume(AuthenticatedUser staff, @PathVariable ContractId contractId, Model model,
			RedirectAttributes redirect) {
		AuditActor reader = PersonFilesController.reader(staff);
		return change(() -> files.resume(contractId, reader), "files.contract.resumed",
				"files.contract.transition.resume", model, redirect)
			.orElseGet(() -> show(files.open(contractId, reader), model));
	}

	@PostMapping("/gestion/contrats/{contractId}/resiliation")
	String terminate(AuthenticatedUser staff, @PathVariable ContractId contractId,
			@ModelAttribute("terminationForm") TerminationForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		AuditActor reader = PersonFilesController.reader(staff);
		Optional<LocalDate> endDate = form.validateDate(errors);
		Optional<String> reason = form.validateReason(errors);
		String refusedDate = null;
		if (!errors.hasErrors() && endDate.isPresent() && reason.isPresent()) {
			try {
				Optional<String> done = change(() -> files.terminate(contractId, endDate.get(), reason.get(), reader),
						"files.contract.terminated", "files.contract.transition.terminate", model, redirect);
				if (done.isPresent()) {
					return done.get();
				}
			}
			catch (InvalidValueException e) {
				refusedDate = e.messageKey();
			}
		}
		ContractFile file = files.open(contractId, reader);
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

	/**
	 * Applies a change of the contract's state and goes back to the contract, saying
	 * {@code done}; a change the contract's state refuses ({@code refused}), or that a
	 * restriction of processing forbids, is said on the page shown again (empty).
	 */
	private static Optional<String> change(Supplier<IndividualContract> change, String done, String refused,
			Model model, RedirectAttributes redirect) {
		try {
			IndividualContract changed = change.get();
			redirect.addFlashAttribute("flash", done);
			return Optional.of("redirect:/gestion/contrats/" + changed.id().value());
		}
		catch (InvalidTransitionException e) {
			model.addAttribute("transitionError", refused);
		}
		catch (PersonRestrictedException e) {
			model.addAttribute("restrictionError", true);
		}
		return Optional.empty();
	}

	/**
	 * The page, opened through {@link ContractFiles#open}: journaled as a read of the
	 * data of each person it shows, the member and each dependant (their names and birth
	 * dates are on it).
	 */
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

}
