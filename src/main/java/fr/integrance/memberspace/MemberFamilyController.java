package fr.integrance.memberspace;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;

import jakarta.validation.Valid;

import lombok.RequiredArgsConstructor;

import jakarta.servlet.http.HttpServletRequest;
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

import fr.integrance.platform.TypedForms;
import fr.integrance.documents.DocumentId;
import fr.integrance.documents.UnknownDocumentException;
import fr.integrance.identity.AuthenticatedUser;
import fr.integrance.people.MandatoryScheme;
import fr.integrance.people.PersonId;
import fr.integrance.platform.FileInspection;
import fr.integrance.platform.FileRejectedException;
import fr.integrance.platform.FileRejection;
import fr.integrance.platform.FrenchDates;
import fr.integrance.platform.NotFoundException;
import fr.integrance.requests.Attachments;
import fr.integrance.requests.FieldProblem;
import fr.integrance.requests.FieldProblemsException;
import fr.integrance.requests.StoredAttachment;
import fr.integrance.requests.SubmittedRequest;

/**
 * {@code /iadherent/famille}: the dependants covered by the member's contract in force,
 * and the two requests that change them, each a case decided by staff in the back office
 * (the member follows it in « Mes demandes »): cover one more dependant with a proof (a
 * document of the member's space, or a file inspected like every upload), or end a
 * dependant's cover on a date. A member holding no contract in force, another person's id
 * and an unknown one are the 404 page.
 */
@Controller
@RequiredArgsConstructor
class MemberFamilyController {

	static final String PATH = "/iadherent/famille";

	static final String VIEW = "memberspace/famille";

	static final String ADD_VIEW = "memberspace/famille-ajout";

	static final String REMOVE_VIEW = "memberspace/famille-retrait";

	private final MemberFamily family;

	private final FileInspection inspection;

	private final Attachments attachments;

	@ModelAttribute("audience")
	String audience() {
		return MemberSpaceConfiguration.SPACE.navigation();
	}

	@GetMapping(PATH)
	String page(AuthenticatedUser member, Model model) {
		model.addAttribute("family", family.family(personOf(member)));
		return VIEW;
	}

	@GetMapping(PATH + "/ajout")
	String additionForm(AuthenticatedUser member, Model model) {
		PersonId person = personOf(member);
		family.contractOf(person);
		model.addAttribute("addition", FamilyForms.Addition.empty(family.suggestedStart()));
		return additionView(person, model, null);
	}

	@PostMapping(PATH + "/ajout")
	String add(AuthenticatedUser member, @Valid @ModelAttribute("addition") FamilyForms.Addition form,
			BindingResult result, @RequestParam(name = "proof", required = false) @Nullable MultipartFile file,
			Model model, Locale locale, RedirectAttributes redirect, HttpServletRequest request) {
		TypedForms.Rebound<FamilyForms.Addition> typed = TypedForms.recover(FamilyForms.Addition.class, "addition",
				result, request, model);
		if (typed != null) {
			form = typed.form();
			result = typed.result();
		}
		PersonId person = personOf(member);
		family.contractOf(person);
		if (form.relationship() != null && !FamilyForms.RELATIONSHIPS.contains(form.relationship())) {
			result.rejectValue("relationship", "memberfamily.error.relationship.required");
		}
		MultipartFile upload = file != null && !file.isEmpty() ? file : null;
		boolean uploaded = upload != null;
		DocumentId document = documentId(form.proofDocument());
		String proofError = null;
		if (uploaded && document != null) {
			proofError = "memberfamily.error.proof.both";
		}
		else if (!uploaded && document == null) {
			proofError = form.proofDocument() != null ? "memberfamily.error.proof.unknown"
					: "memberfamily.error.proof.required";
		}
		else if (upload != null) {
			proofError = inspect(upload);
		}
		if (result.hasErrors() || proofError != null) {
			return additionView(person, model,
					proofError != null ? proofError : uploaded ? "intake.upload.error.choose-again" : null);
		}
		List<StoredAttachment> stored = new ArrayList<>();
		SubmittedRequest submitted;
		try {
			stored.add(upload != null ? attachments.store(upload.getOriginalFilename(), bytes(upload), 0)
					: family.proofFromSpace(member, person, Objects.requireNonNull(document, "checked above")));
			submitted = family.requestAddition(member, person, form, stored.stream().map(StoredAttachment::id).toList(),
					locale.getLanguage());
		}
		catch (FileRejectedException ex) {
			family.discard(stored);
			return additionView(person, model, keyOf(ex.reason()));
		}
		catch (UnknownDocumentException ex) {
			return additionView(person, model, "memberfamily.error.proof.unknown");
		}
		catch (FieldProblemsException ex) {
			family.discard(stored);
			String problemOnProof = null;
			for (FieldProblem problem : ex.problems()) {
				if ("attachmentIds".equals(problem.field())) {
					problemOnProof = problem.messageKey();
				}
				else {
					result.rejectValue(problem.field(), problem.messageKey());
				}
			}
			return additionView(person, model, problemOnProof);
		}
		redirect.addFlashAttribute(MemberRequestsController.FLASH, "memberfamily.flash.addition-sent");
		return "redirect:" + MemberRequestsController.PATH + "/" + submitted.reference();
	}

	@GetMapping(PATH + "/retrait/{dependantId}")
	String removalForm(AuthenticatedUser member, @PathVariable PersonId dependantId, Model model) {
		PersonId person = personOf(member);
		model.addAttribute("dependant", family.dependant(person, dependantId));
		model.addAttribute("removal", FamilyForms.Removal.empty());
		return REMOVE_VIEW;
	}

	@PostMapping(PATH + "/retrait/{dependantId}")
	String remove(AuthenticatedUser member, @PathVariable PersonId dependantId,
			@Valid @ModelAttribute("removal") FamilyForms.Removal form, BindingResult result, Model model,
			Locale locale, RedirectAttributes redirect) {
		PersonId person = personOf(member);
		// the dependant is looked up first: another person is not found, whatever the
		// form
		model.addAttribute("dependant", family.dependant(person, dependantId));
		if (form.lastDay() != null && family.isPast(form.lastDay())) {
			result.rejectValue("lastDay", "memberfamily.error.last-day.past");
		}
		if (result.hasErrors()) {
			return REMOVE_VIEW;
		}
		SubmittedRequest submitted;
		try {
			submitted = family.requestRemoval(member, person, dependantId, form, locale.getLanguage());
		}
		catch (FieldProblemsException ex) {
			ex.problems().forEach(problem -> result.rejectValue(problem.field(), problem.messageKey()));
			return REMOVE_VIEW;
		}
		redirect.addFlashAttribute(MemberRequestsController.FLASH, "memberfamily.flash.removal-sent");
		return "redirect:" + MemberRequestsController.PATH + "/" + submitted.reference();
	}

	private String additionView(PersonId person, Model model, @Nullable String proofError) {
		model.addAttribute("relationships", FamilyForms.RELATIONSHIPS);
		model.addAttribute("civilities", FamilyForms.CIVILITIES);
		model.addAttribute("schemes", List.of(MandatoryScheme.values()));
		model.addAttribute("documents", family.documents(person));
		model.addAttribute("proofError", proofError);
		model.addAttribute("maxFileBytes", attachments.maxFileBytes());
		model.addAttribute("maxFiles", 1);
		model.addAttribute("zone", FrenchDates.FRANCE);
		return ADD_VIEW;
	}

	/** The document chosen, null when none; a value that is no id is never found. */
	private static @Nullable DocumentId documentId(@Nullable String value) {
		if (value == null) {
			return null;
		}
		try {
			return new DocumentId(UUID.fromString(value));
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
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

	/** The signed-in member's person; an account not linked to one has no family page. */
	private static PersonId personOf(AuthenticatedUser member) {
		return member.person().map(PersonId::new).orElseThrow(() -> new NotFoundException("No person"));
	}

	private static String keyOf(FileRejection reason) {
		return "intake.upload.error." + reason.name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

}
