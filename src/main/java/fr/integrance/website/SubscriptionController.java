package fr.integrance.website;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;

import lombok.RequiredArgsConstructor;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.SmartValidator;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import fr.integrance.consent.RequestOrigin;
import fr.integrance.contracts.DependantType;
import fr.integrance.contracts.PlanCatalogue;
import fr.integrance.people.FamilySituation;
import fr.integrance.people.MandatoryScheme;
import fr.integrance.platform.NotFoundException;
import fr.integrance.requests.AttachmentId;
import fr.integrance.requests.FieldProblem;
import fr.integrance.requests.FieldProblemsException;
import fr.integrance.platform.FileRejectedException;
import fr.integrance.requests.SubmittedRequest;
import fr.integrance.requests.SubscriptionRequest;

/**
 * {@code /souscription}: the subscription request in six steps (identity, situation,
 * dependants, plan, documents and consents, summary). Each step posts to itself; a valid
 * step moves on, an invalid one comes back with the errors and every value typed,
 * "Précédent" keeps the values without judging them. The draft lives in the session
 * ({@link SubscriptionDraft}); the rules of the request type (a plan of the catalogue,
 * one partner at most) are the requests module's, asked at each step with the request as
 * far as it goes and shown beside the fields of the step. Submitting it creates a case in
 * the requests module (with the marketing consent record when the box was ticked,
 * {@link SubscriptionSubmission}) and shows its reference (post/redirect/get).
 */
@Controller
@RequestMapping("/souscription")
@RequiredArgsConstructor
class SubscriptionController {

	static final String VIEW_PREFIX = "intake/souscription-";

	/**
	 * The dependants' rows the page lists (the form's, or as typed when no form was
	 * built).
	 */
	private static final String DEPENDANT_ROWS = "dependantRows";
	static final String CONFIRMATION_VIEW = "intake/souscription-confirmation";
	static final String REFERENCE = "reference";

	private final PlanCatalogue catalogue;

	private final SubscriptionSubmission submission;

	private final RequestFormPages pages;

	private final SmartValidator validator;

	/**
	 * The entry point; {@code ?formule=code} (from /offres) preselects a plan of the
	 * catalogue.
	 */
	@GetMapping
	String start(@RequestParam(name = "formule", required = false) String planCode, HttpSession session) {
		SubscriptionDraft draft = SubscriptionDraft.of(session);
		if (planCode != null && catalogue.plan(planCode).isPresent()) {
			draft.plan(new SubscriptionForms.Plan(planCode));
			draft.saveTo(session);
		}
		return redirectTo(SubscriptionStep.IDENTITY);
	}

	@GetMapping("/confirmation")
	String confirmation(Model model) {
		if (!model.containsAttribute(REFERENCE)) {
			return "redirect:/souscription";
		}
		return CONFIRMATION_VIEW;
	}

	@GetMapping("/{slug}")
	String show(@PathVariable String slug, HttpSession session, Model model, Locale locale) {
		SubscriptionStep step = SubscriptionStep.ofSlug(slug)
			.orElseThrow(() -> new NotFoundException("No subscription step " + slug));
		SubscriptionDraft draft = SubscriptionDraft.of(session);
		if (!draft.reachable(step)) {
			return redirectTo(draft.furthestReachable());
		}
		switch (step) {
			case IDENTITY -> model.addAttribute("identity", draft.identity());
			case SITUATION -> model.addAttribute("situation", draft.situation());
			case DEPENDANTS -> model.addAttribute("dependants", draft.dependants());
			case PLAN -> model.addAttribute("plan", draft.plan());
			case DOCUMENTS -> model.addAttribute("documents", draft.documents());
			case SUMMARY -> {
			}
		}
		return render(step, draft, model, locale);
	}

	@PostMapping("/identite")
	String identity(@Valid @ModelAttribute("identity") SubscriptionForms.Identity form, BindingResult result,
			HttpSession session, Model model, Locale locale) {
		SubscriptionDraft draft = SubscriptionDraft.of(session);
		// A value that cannot even be converted (a date typed by hand in an old browser)
		// leaves no form object: the page shows what was typed, the draft keeps what it
		// had.
		draft.identity(form != null ? form : draft.identity());
		return advance(SubscriptionStep.IDENTITY, result, false, draft, session, model, locale);
	}

	@PostMapping("/situation")
	String situation(@Valid @ModelAttribute("situation") SubscriptionForms.Situation form, BindingResult result,
			@RequestParam(name = "back", required = false) String back, HttpSession session, Model model,
			Locale locale) {
		SubscriptionDraft draft = SubscriptionDraft.of(session);
		draft.situation(form != null ? form : draft.situation());
		return advance(SubscriptionStep.SITUATION, result, back != null, draft, session, model, locale);
	}

	@PostMapping("/ayants-droit")
	String dependants(@Valid @ModelAttribute("dependants") SubscriptionForms.Dependants form, BindingResult result,
			@RequestParam(name = "back", required = false) String back,
			@RequestParam(name = "add", required = false) String add,
			@RequestParam(name = "remove", required = false) Integer remove, HttpServletRequest request,
			HttpSession session, Model model, Locale locale) {
		SubscriptionDraft draft = SubscriptionDraft.of(session);
		if (form == null || result.getTarget() == null) {
			// A value that cannot even be converted leaves no form (or, when it is on a
			// row past the first, a form the binding result no longer holds): the page
			// shows the
			// rows
			// as typed, with the error next to the field; the draft keeps what it had.
			// The page's form object is the rows as typed, carrying the conversion
			// errors.
			SubscriptionForms.Dependants typed = SubscriptionForms.Dependants.asTyped(request.getParameterMap());
			BindingResult shown = new BeanPropertyBindingResult(typed, "dependants");
			result.getAllErrors().forEach(shown::addError);
			model.addAttribute("dependants", typed);
			model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "dependants", shown);
			draft.markCompleted(SubscriptionStep.DEPENDANTS, false);
			return render(SubscriptionStep.DEPENDANTS, draft, model, locale);
		}
		if (add != null || remove != null) {
			// Adding or removing a row is not a "continue": keep what was typed, judge
			// nothing yet.
			SubscriptionForms.Dependants changed = add != null ? form.withOneMore() : form.without(remove);
			if (changed.dependants().size() > SubscriptionForms.MAX_DEPENDANTS) {
				changed = form;
			}
			draft.dependants(changed);
			draft.markCompleted(SubscriptionStep.DEPENDANTS, false);
			draft.saveTo(session);
			String anchor = add != null ? "#ayant-droit-" + changed.dependants().size() : "#ayants-droit";
			return "redirect:" + SubscriptionStep.DEPENDANTS.path() + anchor;
		}
		draft.dependants(form);
		checkRules(SubscriptionStep.DEPENDANTS, draft, result, locale);
		return advance(SubscriptionStep.DEPENDANTS, result, back != null, draft, session, model, locale);
	}

	@PostMapping("/formule")
	String plan(@Valid @ModelAttribute("plan") SubscriptionForms.Plan form, BindingResult result,
			@RequestParam(name = "back", required = false) String back, HttpSession session, Model model,
			Locale locale) {
		SubscriptionDraft draft = SubscriptionDraft.of(session);
		draft.plan(form != null ? form : draft.plan());
		if (form != null) {
			checkRules(SubscriptionStep.PLAN, draft, result, locale);
		}
		return advance(SubscriptionStep.PLAN, result, back != null, draft, session, model, locale);
	}

	@PostMapping("/pieces")
	String documents(@Valid @ModelAttribute("documents") SubscriptionForms.Documents form, BindingResult result,
			@RequestParam(name = "attestation", required = false) MultipartFile attestation,
			@RequestParam(name = "back", required = false) String back,
			@RequestParam(name = "removeAttachment", required = false) AttachmentId removeAttachment,
			HttpSession session, Model model, Locale locale) {
		SubscriptionDraft draft = SubscriptionDraft.of(session);
		draft.documents(form != null ? form : draft.documents());
		if (removeAttachment != null) {
			pages.takeBack(removeAttachment, draft.attachments());
			draft.saveTo(session);
			return redirectTo(SubscriptionStep.DOCUMENTS);
		}
		if (attestation != null && !attestation.isEmpty()) {
			try {
				pages.keep(attestation, draft.attachments());
			}
			catch (FileRejectedException ex) {
				draft.saveTo(session);
				model.addAttribute("attestationError", UploadMessages.keyOf(ex.reason()));
				model.addAttribute("documents", draft.documents());
				return render(SubscriptionStep.DOCUMENTS, draft, model, locale);
			}
		}
		return advance(SubscriptionStep.DOCUMENTS, result, back != null, draft, session, model, locale);
	}

	@PostMapping("/recapitulatif")
	String submit(@RequestParam(name = "back", required = false) String back, HttpSession session,
			HttpServletRequest http, RedirectAttributes redirect, Locale locale) {
		SubscriptionDraft draft = SubscriptionDraft.of(session);
		if (back != null) {
			return redirectTo(SubscriptionStep.DOCUMENTS);
		}
		// Every step is judged again: the draft may have been changed through an earlier
		// step.
		SubscriptionRequest request = draft.toRequest(pages.noticeVersion(), locale);
		SubscriptionStep invalid = firstInvalidStep(draft, pages.problems(request));
		SubmittedRequest submitted = null;
		if (invalid == null) {
			try {
				submitted = submission.submit(request,
						new RequestOrigin(http.getRemoteAddr(), http.getHeader(HttpHeaders.USER_AGENT)));
			}
			catch (FieldProblemsException ex) {
				invalid = firstInvalidStep(draft, ex.problems());
			}
		}
		if (submitted == null) {
			SubscriptionStep toCorrect = Objects.requireNonNull(invalid, "a refused request has a step to correct");
			draft.markCompleted(toCorrect, false);
			draft.saveTo(session);
			return redirectTo(toCorrect);
		}
		SubscriptionDraft.clear(session);
		redirect.addFlashAttribute(REFERENCE, submitted.reference());
		return "redirect:/souscription/confirmation";
	}

	/**
	 * Step 5 after an upload over the size limit: the consents of this submission were
	 * not read.
	 */
	String renderTooLarge(HttpSession session, Model model, Locale locale) {
		return renderRefusedFile(session, model, locale, "intake.upload.error.too-large");
	}

	/** Step 5 after a file refused before binding (too large, a name Tomcat rejected). */
	String renderRefusedFile(HttpSession session, Model model, Locale locale, String error) {
		SubscriptionDraft draft = SubscriptionDraft.of(session);
		model.addAttribute("documents", draft.documents());
		model.addAttribute("attestationError", error);
		return render(SubscriptionStep.DOCUMENTS, draft, model, locale);
	}

	private String advance(SubscriptionStep step, BindingResult result, boolean back, SubscriptionDraft draft,
			HttpSession session, Model model, Locale locale) {
		draft.markCompleted(step, !result.hasErrors());
		draft.saveTo(session);
		if (back) {
			return redirectTo(step.previous().orElse(step));
		}
		if (result.hasErrors()) {
			return render(step, draft, model, locale);
		}
		return redirectTo(step.next());
	}

	private String render(SubscriptionStep step, SubscriptionDraft draft, Model model, Locale locale) {
		pages.prepare(model, formType(step), SubscriptionRequest.class, draft.attachments(),
				(String) model.getAttribute("attestationError"), locale);
		model.addAttribute("schemes", MandatoryScheme.values());
		model.addAttribute("familySituations", FamilySituation.values());
		model.addAttribute("relationships", DependantType.values());
		model.addAttribute("step", step);
		model.addAttribute("steps", progress(step, draft));
		model.addAttribute("catalogue", catalogue);
		model.addAttribute("draft", draft);
		model.addAttribute("maxDependants", SubscriptionForms.MAX_DEPENDANTS);
		if (step == SubscriptionStep.DEPENDANTS && !model.containsAttribute(DEPENDANT_ROWS)) {
			model.addAttribute(DEPENDANT_ROWS,
					model.getAttribute("dependants") instanceof SubscriptionForms.Dependants shown ? shown.dependants()
							: draft.dependants().dependants());
		}
		if (step == SubscriptionStep.SUMMARY) {
			model.addAttribute("chosenPlan",
					Optional.ofNullable(draft.plan().planCode()).flatMap(catalogue::plan).orElse(null));
		}
		return VIEW_PREFIX + step.slug();
	}

	private static Class<?> formType(SubscriptionStep step) {
		return switch (step) {
			case IDENTITY -> SubscriptionForms.Identity.class;
			case SITUATION -> SubscriptionForms.Situation.class;
			case DEPENDANTS -> SubscriptionForms.Dependants.class;
			case PLAN -> SubscriptionForms.Plan.class;
			case DOCUMENTS, SUMMARY -> SubscriptionForms.Documents.class;
		};
	}

	private static List<StepView> progress(SubscriptionStep current, SubscriptionDraft draft) {
		List<StepView> views = new ArrayList<>();
		for (SubscriptionStep step : SubscriptionStep.values()) {
			views.add(new StepView(step.number(), step.labelKey(), step.path(), step == current,
					draft.completed().contains(step), step != current && draft.reachable(step)));
		}
		return views;
	}

	/** One item of the progress indicator. */
	record StepView(int number, String labelKey, String path, boolean current, boolean done, boolean link) {
	}

	/**
	 * The rules of the request type the draft breaks on this step's fields, beside them
	 * (a field the form already refuses keeps its own error); a rule about a field the
	 * form does not show is said for the whole step.
	 */
	private void checkRules(SubscriptionStep step, SubscriptionDraft draft, BindingResult result, Locale locale) {
		for (FieldProblem problem : pages.problems(draft.toRequest(pages.noticeVersion(), locale))) {
			step.formField(problem.field()).ifPresent(field -> RuleErrors.show(result, field, problem.messageKey()));
		}
	}

	/**
	 * The first step whose form is invalid or holds a field the request type refuses;
	 * null when every step is valid.
	 */
	private @Nullable SubscriptionStep firstInvalidStep(SubscriptionDraft draft, List<FieldProblem> problems) {
		List<Object> forms = List.of(draft.identity(), draft.situation(), draft.dependants(), draft.plan(),
				draft.documents());
		for (int i = 0; i < forms.size(); i++) {
			BindingResult check = new BeanPropertyBindingResult(forms.get(i), "form");
			validator.validate(forms.get(i), check);
			if (check.hasErrors()) {
				return SubscriptionStep.values()[i];
			}
		}
		return problems.stream()
			.map(problem -> SubscriptionStep.holding(problem.field()))
			.min(Enum::compareTo)
			.orElse(null);
	}

	private static String redirectTo(SubscriptionStep step) {
		return "redirect:" + step.path();
	}

}
