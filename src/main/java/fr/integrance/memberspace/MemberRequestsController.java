package fr.integrance.memberspace;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.validation.Valid;

import lombok.RequiredArgsConstructor;

import org.jspecify.annotations.Nullable;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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

import fr.integrance.identity.AuthenticatedUser;
import fr.integrance.people.Person;
import fr.integrance.people.PersonId;
import fr.integrance.platform.FileInspection;
import fr.integrance.platform.FileRejectedException;
import fr.integrance.platform.FileRejection;
import fr.integrance.platform.FrenchDates;
import fr.integrance.platform.NotFoundException;
import fr.integrance.privacy.ProcessingRegister;
import fr.integrance.requests.AttachmentDownload;
import fr.integrance.requests.AttachmentId;
import fr.integrance.requests.Attachments;
import fr.integrance.requests.FieldProblemsException;
import fr.integrance.requests.InvalidCaseTransitionException;
import fr.integrance.requests.PersonCases;
import fr.integrance.requests.RequestChannel;
import fr.integrance.requests.Requests;
import fr.integrance.requests.Solicitation;
import fr.integrance.requests.StoredAttachment;
import fr.integrance.requests.SubmittedRequest;
import fr.integrance.requests.UnknownCaseException;

/**
 * {@code /iadherent/demandes}: every case of the signed-in member, page by page, with its
 * status and the last message of its thread; one case's thread
 * ({@code /iadherent/demandes/{reference}}), where the member answers staff with up to
 * three files (an answer to a question moves the case back into review); its files; and a
 * new free request (a sollicitation) written from the space, which is the member's case
 * from the start. The person is always the signed-in account's: another member's
 * reference or an unknown one is the 404 page. Files are inspected like every upload
 * (PDF, JPEG or PNG, 5 MB each) and stored only with a valid form.
 */
@Controller
@RequiredArgsConstructor
class MemberRequestsController {

	static final String PATH = "/iadherent/demandes";

	static final String LIST_VIEW = "memberspace/demandes";

	static final String CASE_VIEW = "memberspace/demande";

	static final String NEW_VIEW = "memberspace/demande-nouvelle";

	/** The flash attribute naming what was just done. */
	static final String FLASH = "requestsFlash";

	private final PersonCases cases;

	private final Requests requests;

	private final Attachments attachments;

	private final FileInspection inspection;

	private final MemberOverview overview;

	private final ProcessingRegister register;

	@ModelAttribute("audience")
	String audience() {
		return MemberSpaceConfiguration.SPACE.navigation();
	}

	@ModelAttribute
	void limits(Model model) {
		model.addAttribute("maxFileBytes", attachments.maxFileBytes());
		model.addAttribute("maxFiles", Attachments.MAX_FILES_PER_REQUEST);
		model.addAttribute("zone", FrenchDates.FRANCE);
	}

	@GetMapping(PATH)
	String list(AuthenticatedUser member, @RequestParam(name = "page", defaultValue = "1") int page, Model model) {
		PersonCases.CasePage found = member.person()
			.map(person -> cases.casesOf(new PersonId(person), Math.max(0, page - 1)))
			.orElseGet(() -> new PersonCases.CasePage(List.of(), 0, PersonCases.PAGE_SIZE, 0));
		model.addAttribute("casePage", found);
		return LIST_VIEW;
	}

	@GetMapping(PATH + "/{caseReference}")
	String conversation(AuthenticatedUser member, @PathVariable String caseReference, Model model) {
		if (!model.containsAttribute("answer")) {
			model.addAttribute("answer", MemberRequestForms.Answer.empty());
		}
		return render(member, caseReference, model, null);
	}

	@PostMapping(PATH + "/{caseReference}/reponse")
	String answer(AuthenticatedUser member, @PathVariable String caseReference,
			@Valid @ModelAttribute("answer") MemberRequestForms.Answer form, BindingResult result,
			@RequestParam(name = "attachments", required = false) @Nullable List<MultipartFile> files, Model model,
			RedirectAttributes redirect) {
		PersonId person = personOf(member);
		// the case is looked up first: another member's reference is not found, whatever
		// the form holds
		PersonCases.Conversation conversation = cases.conversation(person, caseReference)
			.orElseThrow(UnknownCaseException::new);
		if (!conversation.open()) {
			model.addAttribute("caseError", "memberrequests.error.closed");
			return render(member, caseReference, model, null);
		}
		List<MultipartFile> sent = chosen(files);
		String fileError = inspectAll(sent);
		if (result.hasErrors() || fileError != null) {
			model.addAttribute("hasErrors", true);
			return render(member, caseReference, model,
					fileError != null || sent.isEmpty() ? fileError : "intake.upload.error.choose-again");
		}
		List<StoredAttachment> stored = new ArrayList<>();
		try {
			for (MultipartFile file : sent) {
				keep(file, stored);
			}
			cases.answer(person, member.accountId().value(), caseReference, String.valueOf(form.body()),
					stored.stream().map(StoredAttachment::id).toList());
		}
		catch (FileRejectedException ex) {
			discard(stored);
			model.addAttribute("hasErrors", true);
			return render(member, caseReference, model, keyOf(ex.reason()));
		}
		catch (InvalidCaseTransitionException ex) {
			// decided meanwhile
			discard(stored);
			model.addAttribute("caseError", "memberrequests.error.closed");
			return render(member, caseReference, model, null);
		}
		redirect.addFlashAttribute(FLASH,
				conversation.awaitingAnswer() ? "memberrequests.flash.answered" : "memberrequests.flash.message-sent");
		return "redirect:" + PATH + "/" + conversation.reference();
	}

	@GetMapping(PATH + "/{caseReference}/pieces/{fileId}")
	ResponseEntity<InputStreamResource> file(AuthenticatedUser member, @PathVariable String caseReference,
			@PathVariable AttachmentId fileId) {
		AttachmentDownload file = cases.attachment(personOf(member), caseReference, fileId);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.mediaType()))
			.contentLength(file.size())
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename(file.displayName(), StandardCharsets.UTF_8)
						.build()
						.toString())
			.header("X-Content-Type-Options", "nosniff")
			.cacheControl(CacheControl.noStore())
			.body(new InputStreamResource(file.content()));
	}

	@GetMapping(PATH + "/nouvelle")
	String newRequest(AuthenticatedUser member, Model model) {
		personOf(member);
		model.addAttribute("request", MemberRequestForms.NewRequest.empty());
		return NEW_VIEW;
	}

	@PostMapping(PATH + "/nouvelle")
	String submit(AuthenticatedUser member, @Valid @ModelAttribute("request") MemberRequestForms.NewRequest form,
			BindingResult result,
			@RequestParam(name = "attachments", required = false) @Nullable List<MultipartFile> files, Model model,
			Locale locale, RedirectAttributes redirect) {
		PersonId person = personOf(member);
		Person me = overview.person(person.value()).orElseThrow(() -> new NotFoundException("No person"));
		List<MultipartFile> sent = chosen(files);
		String fileError = inspectAll(sent);
		if (me.email() == null) {
			model.addAttribute("noEmail", true);
			return NEW_VIEW;
		}
		if (result.hasErrors() || fileError != null) {
			model.addAttribute("hasErrors", true);
			model.addAttribute("attachmentsError",
					fileError != null || sent.isEmpty() ? fileError : "intake.upload.error.choose-again");
			return NEW_VIEW;
		}
		List<StoredAttachment> stored = new ArrayList<>();
		SubmittedRequest submitted;
		try {
			for (MultipartFile file : sent) {
				keep(file, stored);
			}
			submitted = requests.submit(RequestChannel.MEMBERSPACE,
					new Solicitation(form.subject(), form.message(),
							new Solicitation.Contact(me.name().civility(), me.name().lastName(), me.name().firstNames(),
									me.email().value(), me.phone() == null ? null : me.phone().display(), null),
							register.current().policy().version(), stored.stream().map(StoredAttachment::id).toList(),
							locale.getLanguage()),
					person);
		}
		catch (FileRejectedException ex) {
			discard(stored);
			model.addAttribute("hasErrors", true);
			model.addAttribute("attachmentsError", keyOf(ex.reason()));
			return NEW_VIEW;
		}
		catch (FieldProblemsException ex) {
			discard(stored);
			ex.problems().forEach(problem -> result.rejectValue(problem.field(), problem.messageKey()));
			return NEW_VIEW;
		}
		redirect.addFlashAttribute(FLASH, "memberrequests.flash.submitted");
		return "redirect:" + PATH + "/" + submitted.reference();
	}

	/** The thread page, with the answer form as bound and the file error, if any. */
	private String render(AuthenticatedUser member, String reference, Model model, @Nullable String fileError) {
		PersonId person = personOf(member);
		PersonCases.Conversation conversation = cases.conversation(person, reference)
			.orElseThrow(UnknownCaseException::new);
		model.addAttribute("conversation", conversation);
		model.addAttribute("attachmentsError", fileError);
		return CASE_VIEW;
	}

	/** The signed-in member's person; an account not linked to one has no requests. */
	private static PersonId personOf(AuthenticatedUser member) {
		return member.person().map(PersonId::new).orElseThrow(UnknownCaseException::new);
	}

	/** The files actually chosen (a browser sends an empty part for an empty field). */
	private static List<MultipartFile> chosen(@Nullable List<MultipartFile> files) {
		return files == null ? List.of()
				: files.stream()
					.filter(file -> !file.isEmpty()
							|| (file.getOriginalFilename() != null && !file.getOriginalFilename().isEmpty()))
					.toList();
	}

	/**
	 * Inspects the files without storing them.
	 * @return the message key of why the first refused one was refused, null when all
	 * pass
	 */
	private @Nullable String inspectAll(List<MultipartFile> files) {
		if (files.size() > Attachments.MAX_FILES_PER_REQUEST) {
			return keyOf(FileRejection.TOO_MANY_FILES);
		}
		for (MultipartFile file : files) {
			try {
				inspection.inspect(file.getOriginalFilename(), file.getBytes());
			}
			catch (FileRejectedException ex) {
				return keyOf(ex.reason());
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return null;
	}

	private void keep(MultipartFile file, List<StoredAttachment> stored) throws FileRejectedException {
		try {
			stored.add(attachments.store(file.getOriginalFilename(), file.getBytes(), stored.size()));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void discard(List<StoredAttachment> stored) {
		stored.forEach(file -> attachments.discardPending(file.id()));
	}

	/** The public forms' French explanation of a refused file. */
	private static String keyOf(FileRejection reason) {
		return "intake.upload.error." + reason.name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

}
