package fr.integrance.guardianspace;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import lombok.RequiredArgsConstructor;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import fr.integrance.guardianspace.ProtectedAdults.ProtectedAdult;
import fr.integrance.identity.AuthenticatedUser;
import fr.integrance.people.MandatoryScheme;
import fr.integrance.people.PersonId;
import fr.integrance.platform.FileInspection;
import fr.integrance.platform.FileRejectedException;
import fr.integrance.platform.FileRejection;
import fr.integrance.platform.NotFoundException;
import fr.integrance.platform.TypedForms;
import fr.integrance.requests.Attachments;
import fr.integrance.requests.FieldProblem;
import fr.integrance.requests.FieldProblemsException;
import fr.integrance.requests.StoredAttachment;
import fr.integrance.requests.SubmittedRequest;

/**
 * {@code /itutelle/majeurs/{adultId}/beneficiaires}: a protected adult's beneficiaries
 * (those of their contract in force covered today or later) and the two cases that change
 * them, sent by the agent for the organisation and decided by staff like a member's:
 * cover one more beneficiary (civility, names, birth date, NIR if any, scheme, first day,
 * a proof file) and end a beneficiary's cover ({@code …/{beneficiaryId}/retrait}: last
 * day, reason). An adult the organisation does not represent today, an adult without a
 * contract in force, someone not a beneficiary of the adult: 404.
 */
@Controller
@RequiredArgsConstructor
class ProtectedAdultBeneficiariesController {

	static final String PATH = "/itutelle/majeurs/{adultId}/beneficiaires";

	static final String VIEW = "guardianspace/beneficiaries";

	static final String REMOVE_VIEW = "guardianspace/beneficiary-removal";

	static final String FLASH = "beneficiaryFlash";

	private final ProtectedAdults adults;

	private final AdultBeneficiaries beneficiaries;

	private final FileInspection inspection;

	private final Attachments attachments;

	static String path(java.util.UUID adult) {
		return PATH.replace("{adultId}", adult.toString());
	}

	@GetMapping(PATH)
	String page(AuthenticatedUser agent, @PathVariable PersonId adultId, Model model) {
		ProtectedAdult adult = adult(agent, adultId);
		model.addAttribute("addition", BeneficiaryForms.Addition.empty(beneficiaries.suggestedStart()));
		return view(adult, model, null);
	}

	@PostMapping(PATH)
	String add(AuthenticatedUser agent, @PathVariable PersonId adultId,
			@Valid @ModelAttribute("addition") BeneficiaryForms.Addition form, BindingResult result,
			@RequestParam(name = "proof", required = false) @Nullable MultipartFile file, Model model, Locale locale,
			RedirectAttributes redirect, HttpServletRequest request) {
		TypedForms.Rebound<BeneficiaryForms.Addition> typed = TypedForms.recover(BeneficiaryForms.Addition.class,
				"addition", result, request, model);
		if (typed != null) {
			form = typed.form();
			result = typed.result();
		}
		ProtectedAdult adult = adult(agent, adultId);
		if (beneficiaries.contractOf(adultId).isEmpty()) {
			throw new NotFoundException("No contract in force");
		}
		if (form.relationship() != null && !BeneficiaryForms.RELATIONSHIPS.contains(form.relationship())) {
			result.rejectValue("relationship", "guardianchanges.beneficiary.error.relationship.required");
		}
		MultipartFile upload = file != null && !file.isEmpty() ? file : null;
		String proofError = upload == null ? "guardianchanges.beneficiary.error.proof.required" : inspect(upload);
		if (upload == null || result.hasErrors() || proofError != null) {
			return view(adult, model,
					proofError != null ? proofError : upload != null ? "intake.upload.error.choose-again" : null);
		}
		StoredAttachment stored;
		try {
			stored = attachments.store(upload.getOriginalFilename(), bytes(upload), 0);
		}
		catch (FileRejectedException ex) {
			return view(adult, model, keyOf(ex.reason()));
		}
		SubmittedRequest submitted;
		try {
			submitted = beneficiaries.requestAddition(agent, adultId, form, List.of(stored.id()), locale.getLanguage());
		}
		catch (FieldProblemsException ex) {
			attachments.discardPending(stored.id());
			String problemOnProof = null;
			for (FieldProblem problem : ex.problems()) {
				if ("attachmentIds".equals(problem.field())) {
					problemOnProof = problem.messageKey();
				}
				else {
					result.rejectValue(problem.field(), problem.messageKey());
				}
			}
			return view(adult, model, problemOnProof);
		}
		redirect.addFlashAttribute(FLASH, submitted.reference());
		return "redirect:" + path(adultId.value());
	}

	@GetMapping(PATH + "/{beneficiaryId}/retrait")
	String removalForm(AuthenticatedUser agent, @PathVariable PersonId adultId, @PathVariable PersonId beneficiaryId,
			Model model) {
		ProtectedAdult adult = adult(agent, adultId);
		model.addAttribute("beneficiary", beneficiaries.beneficiary(adultId, beneficiaryId));
		model.addAttribute("removal", BeneficiaryForms.Removal.empty());
		return removalView(adult, model);
	}

	@PostMapping(PATH + "/{beneficiaryId}/retrait")
	String remove(AuthenticatedUser agent, @PathVariable PersonId adultId, @PathVariable PersonId beneficiaryId,
			@Valid @ModelAttribute("removal") BeneficiaryForms.Removal form, BindingResult result, Model model,
			Locale locale, RedirectAttributes redirect, HttpServletRequest request) {
		TypedForms.Rebound<BeneficiaryForms.Removal> typed = TypedForms.recover(BeneficiaryForms.Removal.class,
				"removal", result, request, model);
		if (typed != null) {
			form = typed.form();
			result = typed.result();
		}
		ProtectedAdult adult = adult(agent, adultId);
		// the beneficiary is looked up first: anyone else is not found, whatever the form
		model.addAttribute("beneficiary", beneficiaries.beneficiary(adultId, beneficiaryId));
		if (form.lastDay() != null && beneficiaries.isPast(form.lastDay())) {
			result.rejectValue("lastDay", "memberfamily.error.last-day.past");
		}
		if (result.hasErrors()) {
			return removalView(adult, model);
		}
		SubmittedRequest submitted;
		try {
			submitted = beneficiaries.requestRemoval(agent, adultId, beneficiaryId, form, locale.getLanguage());
		}
		catch (FieldProblemsException ex) {
			for (FieldProblem problem : ex.problems()) {
				result.rejectValue(problem.field(), problem.messageKey());
			}
			return removalView(adult, model);
		}
		redirect.addFlashAttribute(FLASH, submitted.reference());
		return "redirect:" + path(adultId.value());
	}

	private ProtectedAdult adult(AuthenticatedUser agent, PersonId adultId) {
		return adults.find(agent, adultId.value()).orElseThrow(() -> new NotFoundException("protected adult"));
	}

	private String view(ProtectedAdult adult, Model model, @Nullable String proofError) {
		PersonId person = new PersonId(adult.id());
		model.addAttribute("adult", adult);
		model.addAttribute("hasContract", beneficiaries.contractOf(person).isPresent());
		model.addAttribute("beneficiaries", beneficiaries.beneficiaries(person));
		model.addAttribute("relationships", BeneficiaryForms.RELATIONSHIPS);
		model.addAttribute("civilities", BeneficiaryForms.CIVILITIES);
		model.addAttribute("schemes", List.of(MandatoryScheme.values()));
		model.addAttribute("proofError", proofError);
		model.addAttribute("maxFileBytes", attachments.maxFileBytes());
		model.addAttribute("maxFiles", 1);
		model.addAttribute("filePath", ProtectedAdultsController.path(adult.id()));
		model.addAttribute("basePath", path(adult.id()));
		return VIEW;
	}

	private String removalView(ProtectedAdult adult, Model model) {
		model.addAttribute("adult", adult);
		model.addAttribute("basePath", path(adult.id()));
		return REMOVE_VIEW;
	}

	private @Nullable String inspect(MultipartFile file) {
		try {
			inspection.inspect(file.getOriginalFilename(), file.getBytes());
			return null;
		}
		catch (FileRejectedException ex) {
			return keyOf(ex.reason());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static byte[] bytes(MultipartFile file) {
		try {
			return file.getBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String keyOf(FileRejection reason) {
		return "intake.upload.error." + reason.name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

}
