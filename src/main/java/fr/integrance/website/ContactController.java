package fr.integrance.website;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import lombok.RequiredArgsConstructor;

import org.springframework.core.ResolvableType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.ServletRequestDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import fr.integrance.requests.FieldProblemsException;
import fr.integrance.platform.FileRejectedException;
import fr.integrance.platform.FileRejection;
import fr.integrance.requests.RequestChannel;
import fr.integrance.requests.Requests;
import fr.integrance.requests.Solicitation;
import fr.integrance.requests.StoredAttachment;
import fr.integrance.requests.SubmittedRequest;

/**
 * {@code /contact}: a question or request (sollicitation) with up to three files, saved
 * as a case. The files are inspected with every submission but stored only when the whole
 * form is valid: a submission that fails validation keeps the typed values and asks for
 * the files again (a browser cannot refill a file field), so that nothing is written for
 * a form that is never sent.
 */
@Controller
@RequiredArgsConstructor
class ContactController {

	static final String VIEW = "intake/contact";
	static final String CONFIRMATION_VIEW = "intake/contact-confirmation";

	private final Requests requests;

	private final RequestFormPages pages;

	@GetMapping("/contact")
	String form(Model model, Locale locale) {
		model.addAttribute("contact", ContactForm.empty());
		return render(model, locale);
	}

	@PostMapping("/contact")
	String send(@Valid @ModelAttribute("contact") ContactForm form, BindingResult result,
			@RequestParam(name = "attachments", required = false) List<MultipartFile> files, Model model, Locale locale,
			RedirectAttributes redirect, HttpServletResponse response) {
		List<MultipartFile> sent = RequestFormPages.chosen(files);
		// Files are inspected at once, so that a refused one is named beside its field,
		// but stored only with a valid form: nothing reaches the disk for a form that is
		// never sent.
		String fileError = pages.inspectAll(sent);
		if (UploadMessages.keyOf(FileRejection.NAME_NOT_ALLOWED).equals(fileError)) {
			// a malformed request, as when Tomcat refuses the name (UploadLimitAdvice)
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		}
		if (form == null || result.hasErrors() || fileError != null) {
			model.addAttribute("attachmentsError",
					fileError != null || sent.isEmpty() ? fileError : RequestFormPages.CHOOSE_AGAIN);
			return render(model, locale);
		}
		List<StoredAttachment> stored = new ArrayList<>();
		SubmittedRequest submitted;
		try {
			for (MultipartFile file : sent) {
				pages.keep(file, stored);
			}
			submitted = requests.submit(RequestChannel.WEBSITE,
					new Solicitation(form.subject(), form.message(),
							new Solicitation.Contact(form.civility(), form.lastName(), form.firstName(), form.email(),
									FormText.phone(form.phone()), form.memberNumber()),
							pages.noticeVersion(), stored.stream().map(StoredAttachment::id).toList(),
							locale.getLanguage()));
		}
		catch (FileRejectedException ex) {
			pages.discard(stored);
			model.addAttribute("attachmentsError", UploadMessages.keyOf(ex.reason()));
			return render(model, locale);
		}
		catch (FieldProblemsException ex) {
			// a rule of the request type: shown beside its field, the form kept as typed
			pages.discard(stored);
			ex.problems().forEach(problem -> RuleErrors.show(result, problem.field(), problem.messageKey()));
			model.addAttribute("attachmentsError", sent.isEmpty() ? null : RequestFormPages.CHOOSE_AGAIN);
			return render(model, locale);
		}
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
	String renderTooLarge(Model model, Locale locale) {
		model.addAttribute("contact", ContactForm.empty());
		model.addAttribute("attachmentsError", "intake.upload.error.too-large");
		return render(model, locale);
	}

	/**
	 * The form after a file refused before binding (a file name Tomcat rejected): the
	 * fields read before the file come back as typed.
	 */
	String renderRefusedFile(HttpServletRequest request, Model model, Locale locale, String error) {
		ServletRequestDataBinder binder = new ServletRequestDataBinder(null, "contact");
		binder.setTargetType(ResolvableType.forClass(ContactForm.class));
		// the fields only: the parts are what failed
		binder.construct(new jakarta.servlet.http.HttpServletRequestWrapper(request) {
			@Override
			public String getContentType() {
				return org.springframework.http.MediaType.APPLICATION_FORM_URLENCODED_VALUE;
			}
		});
		Object form = binder.getTarget();
		model.addAttribute("contact", form != null ? form : ContactForm.empty());
		model.addAttribute("attachmentsError", error);
		return render(model, locale);
	}

	private String render(Model model, Locale locale) {
		pages.prepare(model, ContactForm.class, Solicitation.class, List.of(),
				(String) model.getAttribute("attachmentsError"), locale);
		return VIEW;
	}

}
