package fr.integrance.website;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;

import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import fr.integrance.requests.AttachmentId;
import fr.integrance.requests.FieldProblemsException;
import fr.integrance.requests.FileRejectedException;
import fr.integrance.requests.RequestChannel;
import fr.integrance.requests.Requests;
import fr.integrance.requests.Solicitation;
import fr.integrance.requests.StoredAttachment;
import fr.integrance.requests.SubmittedRequest;

/**
 * {@code /contact}: a question or request (sollicitation) with up to three files, saved
 * as a case. Files accepted on a submission that fails validation are kept (stored,
 * listed, removable), so that nothing has to be chosen again; the typed values come back
 * with the errors.
 */
@Controller
@RequiredArgsConstructor
class ContactController {

	static final String VIEW = "intake/contact";
	static final String CONFIRMATION_VIEW = "intake/contact-confirmation";
	static final String SESSION_KEY = ContactController.class.getName() + ".attachments";

	private final Requests requests;

	private final RequestFormPages pages;

	@GetMapping("/contact")
	String form(HttpSession session, Model model, Locale locale) {
		model.addAttribute("contact", ContactForm.empty());
		return render(session, model, locale);
	}

	@PostMapping("/contact")
	String send(@Valid @ModelAttribute("contact") ContactForm form, BindingResult result,
			@RequestParam(name = "attachments", required = false) List<MultipartFile> files,
			@RequestParam(name = "removeAttachment", required = false) AttachmentId removeAttachment,
			HttpSession session, Model model, Locale locale, RedirectAttributes redirect) {
		PendingFiles pending = PendingFiles.of(session);
		if (removeAttachment != null) {
			pages.takeBack(removeAttachment, pending.files);
			pending.saveTo(session);
			// Taking a file back is not sending: the form comes back as typed, without
			// judging it.
			ContactForm kept = form != null ? form : ContactForm.empty();
			model.addAttribute("contact", kept);
			model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "contact",
					new BeanPropertyBindingResult(kept, "contact"));
			return render(session, model, locale);
		}
		String fileError = null;
		for (MultipartFile file : files == null ? List.<MultipartFile>of() : files) {
			if (file.isEmpty() && (file.getOriginalFilename() == null || file.getOriginalFilename().isEmpty())) {
				continue;
			}
			try {
				pages.keep(file, pending.files);
			}
			catch (FileRejectedException ex) {
				fileError = fileError == null ? UploadMessages.keyOf(ex.reason()) : fileError;
			}
		}
		pending.saveTo(session);
		if (form == null || result.hasErrors() || fileError != null) {
			model.addAttribute("attachmentsError", fileError);
			return render(session, model, locale);
		}
		SubmittedRequest submitted;
		try {
			submitted = requests.submit(RequestChannel.WEBSITE,
					new Solicitation(form.subject(), form.message(),
							new Solicitation.Contact(form.civility(), form.lastName(), form.firstName(), form.email(),
									FormText.phone(form.phone()), form.memberNumber()),
							pages.noticeVersion(), pending.files.stream().map(StoredAttachment::id).toList(),
							locale.getLanguage()));
		}
		catch (FieldProblemsException ex) {
			// a rule of the request type: shown beside its field, the form kept as typed
			ex.problems().forEach(problem -> RuleErrors.show(result, problem.field(), problem.messageKey()));
			return render(session, model, locale);
		}
		session.removeAttribute(SESSION_KEY);
		redirect.addFlashAttribute(SubscriptionController.REFERENCE, submitted.reference());
		return "redirect:/contact/confirmation";
	}

	@GetMapping("/contact/confirmation")
	String confirmation(Model model) {
		if (!model.containsAttribute(SubscriptionController.REFERENCE)) {
			return "redirect:/contact";
		}
		return CONFIRMATION_VIEW;
	}

	/**
	 * The form after an upload over the size limit: the body was not read, so only the
	 * kept files remain.
	 */
	String renderTooLarge(HttpSession session, Model model, Locale locale) {
		model.addAttribute("contact", ContactForm.empty());
		model.addAttribute("attachmentsError", "intake.upload.error.too-large");
		return render(session, model, locale);
	}

	private String render(HttpSession session, Model model, Locale locale) {
		pages.prepare(model, ContactForm.class, Solicitation.class, PendingFiles.of(session).files(),
				(String) model.getAttribute("attachmentsError"), locale);
		return VIEW;
	}

	/** Files already accepted for the contact form of this session. */
	static final class PendingFiles implements Serializable {

		private static final long serialVersionUID = 1L;

		private final List<StoredAttachment> files = new ArrayList<>();

		static PendingFiles of(HttpSession session) {
			PendingFiles pending = SessionValues.read(session, SESSION_KEY, PendingFiles.class);
			return pending != null ? pending : new PendingFiles();
		}

		void saveTo(HttpSession session) {
			session.setAttribute(SESSION_KEY, this);
		}

		List<StoredAttachment> files() {
			return List.copyOf(files);
		}

	}

}
