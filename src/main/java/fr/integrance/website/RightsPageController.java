package fr.integrance.website;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import lombok.RequiredArgsConstructor;

import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import fr.integrance.privacy.ProcessingRegister;
import fr.integrance.privacy.Register;
import fr.integrance.rights.ReceivedRightsRequest;
import fr.integrance.rights.RightsRequestSubmission;
import fr.integrance.rights.RightsRequests;

/**
 * {@code /mes-droits}: each right of the register (what it is, which legal bases open
 * it), how to exercise it, the online form that creates a rights request, and the
 * printable form as PDF.
 */
@Controller
@RequiredArgsConstructor
class RightsPageController {

	static final String VIEW = "intake/mes-droits";
	static final String CONFIRMATION_VIEW = "intake/mes-droits-confirmation";
	static final String PDF_PATH = "/mes-droits/formulaire-demande-exercice-droits.pdf";

	/**
	 * The legal basis of handling a rights request: the GDPR itself obliges the mutual to
	 * answer.
	 */
	static final String RIGHTS_REQUEST_BASIS = "legal-obligation";

	private final RightsRequests rights;

	private final ProcessingRegister register;

	private final CollectionNotices notices;

	private final RightsRequestFormPdf pdf;

	private final MessageSource messages;

	@GetMapping("/mes-droits")
	String page(Model model, Locale locale) {
		model.addAttribute("rightsRequest", RightsRequestForm.empty());
		return render(model, locale);
	}

	@PostMapping("/mes-droits")
	String submit(@Valid @ModelAttribute("rightsRequest") RightsRequestForm form, BindingResult result, Model model,
			Locale locale, RedirectAttributes redirect, HttpServletRequest request) {
		Register current = register.current();
		if (form == null || result.getTarget() == null) {
			// A value that cannot even be converted (a birth date like 30/02/2026) leaves
			// no form: the page shows the fields as typed, the error beside the date.
			RightsRequestForm typed = RightsRequestForm.asTyped(request.getParameterMap());
			BindingResult shown = new BeanPropertyBindingResult(typed, "rightsRequest");
			result.getAllErrors().forEach(shown::addError);
			model.addAttribute("rightsRequest", typed);
			model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "rightsRequest", shown);
			return render(model, locale);
		}
		if (form.rightId() != null && current.right(form.rightId()).isEmpty()) {
			result.rejectValue("rightId", "rights.error.right.required");
		}
		if (form.scope() != null && !RightsRequestSubmission.ALL_PROCESSING.equals(form.scope())
				&& current.purposes().stream().noneMatch(p -> p.id().equals(form.scope()))) {
			result.rejectValue("scope", "rights.error.scope.required");
		}
		if (result.hasErrors()) {
			return render(model, locale);
		}
		ReceivedRightsRequest received = rights
			.receive(new RightsRequestSubmission(FormText.required(form.rightId()), FormText.required(form.scope()),
					form.message(), FormText.required(form.firstName()), FormText.required(form.lastName()),
					FormText.required(form.email()), form.memberNumber(), locale.getLanguage(), form.birthDate()));
		redirect.addFlashAttribute(SubscriptionController.REFERENCE, received.reference());
		redirect.addFlashAttribute("dueDate", received.dueDate());
		return "redirect:/mes-droits/confirmation";
	}

	@GetMapping("/mes-droits/confirmation")
	String confirmation(Model model) {
		if (!model.containsAttribute(SubscriptionController.REFERENCE)) {
			return "redirect:/mes-droits";
		}
		return CONFIRMATION_VIEW;
	}

	@GetMapping(PDF_PATH)
	ResponseEntity<byte[]> paperForm(Locale locale) {
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename("formulaire-demande-exercice-droits.pdf")
						.build()
						.toString())
			.cacheControl(CacheControl.noCache())
			.body(pdf.render(locale));
	}

	private String render(Model model, Locale locale) {
		Register current = register.current();
		List<ErrorLinks.ErrorLink> errorLinks = ErrorLinks.of(model, RightsRequestForm.class, messages, locale);
		model.addAttribute("errorLinks", errorLinks);
		model.addAttribute("hasErrors", !errorLinks.isEmpty());
		model.addAttribute("rights",
				current.rights()
					.stream()
					.map(right -> new RightView(right.id(), Register.text(right.label(), right.labelEn(), locale),
							right.article(), Register.text(right.description(), right.descriptionEn(), locale),
							right.cases().stream().map(c -> Register.text(c.text(), c.textEn(), locale)).toList(),
							current.legalBasesOpening(right.id())
								.stream()
								.map(b -> Register.text(b.label(), b.labelEn(), locale))
								.toList()))
					.toList());
		model.addAttribute("purposes",
				current.purposes()
					.stream()
					.map(purpose -> new Option(purpose.id(),
							current.channel(purpose.channel())
								.map(channel -> Register.text(channel.label(), channel.labelEn(), locale) + " — ")
								.orElse("") + Register.text(purpose.label(), purpose.labelEn(), locale)))
					.toList());
		model.addAttribute("dpo", current.dpo());
		model.addAttribute("pdfPath", PDF_PATH);
		model.addAttribute("notice", notices.forProcessing(messages.getMessage("rights.notice.purpose", null, locale),
				List.of(RIGHTS_REQUEST_BASIS), messages.getMessage("rights.notice.retention", null, locale), locale));
		return VIEW;
	}

	/** A right as the page explains it. */
	record RightView(String id, String label, String article, String description, List<String> cases,
			List<String> openedBy) {
	}

	/** A choice of a drop-down list. */
	record Option(String value, String label) {
	}

}
