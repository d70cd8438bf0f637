package fr.integrance.backoffice;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.validation.Valid;

import lombok.RequiredArgsConstructor;

import org.jspecify.annotations.Nullable;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import fr.integrance.backoffice.CaseForms.AcceptanceForm;
import fr.integrance.backoffice.CaseForms.MessageForm;
import fr.integrance.backoffice.CaseForms.MoreInformationForm;
import fr.integrance.backoffice.CaseForms.RejectionForm;
import fr.integrance.contracts.IndividualContracts;
import fr.integrance.contracts.PlanCatalogue;
import fr.integrance.identity.AccountManagement;
import fr.integrance.identity.CurrentUser;
import fr.integrance.platform.Civility;
import fr.integrance.platform.InvalidValueException;
import fr.integrance.requests.Acceptance;
import fr.integrance.requests.AttachmentDownload;
import fr.integrance.requests.AttachmentId;
import fr.integrance.requests.CaseDetails;
import fr.integrance.requests.CaseFilter;
import fr.integrance.requests.CaseFilter.Assignment;
import fr.integrance.requests.CaseId;
import fr.integrance.requests.CaseListPage;
import fr.integrance.requests.Cases;
import fr.integrance.requests.FieldProblemsException;
import fr.integrance.requests.InvalidCaseTransitionException;
import fr.integrance.requests.QueueSummary;
import fr.integrance.requests.RequestStatus;
import fr.integrance.requests.RequestType;
import fr.integrance.platform.FrenchDates;

/**
 * {@code /gestion/demandes}: staff see the queues of open cases per request type, page
 * through them oldest first with filters, open a case, take it, ask its sender for more,
 * accept or reject it, and write to the sender. Every action is a POST answered by a
 * redirect to the case, which shows its new state. The requests module journals each
 * opening and each action (ids only), and decides what a case of each type needs to be
 * accepted: what it lacks comes back beside the fields. A decision on a case someone else
 * holds takes it over, which the case page says beforehand. Each request type shows its
 * payload and what its acceptance asks through its own fragment
 * ({@code backoffice/cases/types/<view>}).
 */
@Controller
@RequiredArgsConstructor
class CasesController {

	static final String QUEUE_VIEW = "backoffice/cases/queue";
	static final String CASE_VIEW = "backoffice/cases/case";

	private static final ZoneId FRANCE = FrenchDates.FRANCE;

	private final Cases cases;

	private final AccountManagement accounts;

	private final CurrentUser currentUser;

	private final Clock clock;

	private final PlanCatalogue plans;

	private final IndividualContracts contracts;

	/**
	 * A queue line's age: whole days since the oldest open case arrived, null when there
	 * is none.
	 */
	record Queue(QueueSummary summary, @Nullable Long oldestAgeDays) {
	}

	@GetMapping("/gestion/demandes")
	String queue(@RequestParam(name = "type", required = false) String type,
			@RequestParam(name = "statut", required = false) String status,
			@RequestParam(name = "attribution", required = false) String assignment,
			@RequestParam(name = "page", required = false, defaultValue = "1") String page, Model model) {
		RequestType chosenType = type == null ? null : RequestType.find(type).orElse(null);
		RequestStatus chosenStatus = parse(RequestStatus.class, status);
		Assignment chosenAssignment = Optional.ofNullable(parse(Assignment.class, assignment)).orElse(Assignment.ANY);
		int pageNumber = parsePage(page);
		CaseFilter filter = new CaseFilter(chosenType, chosenStatus, chosenAssignment, me());
		CaseListPage listed = cases.list(filter, pageNumber - 1);
		List<Queue> queues = cases.queues()
			.stream()
			.map(q -> new Queue(q,
					q.oldestSubmittedAt() == null ? null
							: Duration.between(q.oldestSubmittedAt(), clock.instant()).toDays()))
			.toList();
		model.addAttribute("queues", queues);
		model.addAttribute("cases", listed);
		model.addAttribute("filter", filter);
		model.addAttribute("filtered",
				chosenType != null || chosenStatus != null || chosenAssignment != Assignment.ANY);
		model.addAttribute("types", RequestType.values());
		model.addAttribute("statuses", RequestStatus.values());
		model.addAttribute("assignments", Assignment.values());
		model.addAttribute("staffNames", staffNames());
		model.addAttribute("me", me());
		model.addAttribute("zone", FRANCE);
		return QUEUE_VIEW;
	}

	@GetMapping("/gestion/demandes/{caseId}")
	String show(@PathVariable CaseId caseId, Model model) {
		return caseView(cases.open(caseId, me()), model);
	}

	@PostMapping("/gestion/demandes/{caseId}/prise-en-charge")
	String take(@PathVariable CaseId caseId, RedirectAttributes redirect) {
		return act(caseId, redirect, "cases.flash.taken", () -> cases.take(caseId, me()));
	}

	@PostMapping("/gestion/demandes/{caseId}/reprise")
	String resume(@PathVariable CaseId caseId, RedirectAttributes redirect) {
		return act(caseId, redirect, "cases.flash.resumed", () -> cases.resume(caseId, me()));
	}

	@PostMapping("/gestion/demandes/{caseId}/complement")
	String askSender(@PathVariable CaseId caseId,
			@Valid @ModelAttribute("moreInformationForm") MoreInformationForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		return result.hasErrors() ? withErrors(caseId, model)
				: act(caseId, redirect, "cases.flash.more-asked", () -> cases.askSender(caseId, me(), form.reason()));
	}

	/**
	 * What the case's type needs and the acceptance lacks (an answer, a dependant's
	 * civility) comes back beside its field; a value of the request the domain refuses is
	 * said on the page; nothing is changed in either case.
	 */
	@PostMapping("/gestion/demandes/{caseId}/acceptation")
	String accept(@PathVariable CaseId caseId, @Valid @ModelAttribute("acceptanceForm") AcceptanceForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return withErrors(caseId, model);
		}
		Acceptance acceptance = new Acceptance(form.answer(),
				form.civilities().stream().map(CasesController::civility).toList());
		try {
			return act(caseId, redirect, () -> "cases.flash.accepted." + cases.accept(caseId, me(), acceptance).type());
		}
		catch (FieldProblemsException e) {
			e.problems().forEach(problem -> result.rejectValue(problem.field(), problem.messageKey()));
			return withErrors(caseId, model);
		}
		catch (InvalidValueException e) {
			// the domain refused a value of the request: nothing was changed
			model.addAttribute("error", "cases.error.refused-value");
			model.addAttribute("refusedValue", e.messageKey());
			return caseView(cases.open(caseId, me()), model);
		}
		catch (fr.integrance.people.PersonRestrictedException e) {
			// Art. 18: the person's processing is restricted; nothing was changed
			model.addAttribute("error", "cases.error.restricted");
			return caseView(cases.open(caseId, me()), model);
		}
	}

	@PostMapping("/gestion/demandes/{caseId}/refus")
	String reject(@PathVariable CaseId caseId, @Valid @ModelAttribute("rejectionForm") RejectionForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		return result.hasErrors() ? withErrors(caseId, model)
				: act(caseId, redirect, "cases.flash.rejected", () -> cases.reject(caseId, me(), form.reason()));
	}

	@PostMapping("/gestion/demandes/{caseId}/messages")
	String write(@PathVariable CaseId caseId, @Valid @ModelAttribute("messageForm") MessageForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		return result.hasErrors() ? withErrors(caseId, model) : act(caseId, redirect, "cases.flash.message-sent",
				() -> cases.writeToSender(caseId, me(), form.body()));
	}

	@GetMapping("/gestion/demandes/{caseId}/pieces/{attachmentId}")
	ResponseEntity<InputStreamResource> download(@PathVariable CaseId caseId, @PathVariable AttachmentId attachmentId) {
		AttachmentDownload file = cases.attachment(caseId, attachmentId, me());
		// streamed: the converter copies the decrypting stream to the response and closes
		// it
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

	private String caseView(CaseDetails details, Model model) {
		model.addAttribute("requestCase", details);
		model.addAttribute("catalogue", plans);
		if (details.contractId() != null) {
			contracts.find(details.contractId())
				.ifPresent(contract -> model.addAttribute("memberNumber", contract.memberNumber().value()));
		}
		model.addAttribute("staffNames", staffNames());
		model.addAttribute("me", me());
		model.addAttribute("zone", FRANCE);
		addIfMissing(model, "moreInformationForm", new MoreInformationForm(""));
		addIfMissing(model, "rejectionForm", new RejectionForm(""));
		addIfMissing(model, "acceptanceForm", new AcceptanceForm("", List.of()));
		addIfMissing(model, "messageForm", new MessageForm(""));
		return CASE_VIEW;
	}

	/** The case page again, opened anew, with the errors of the form sent. */
	private String withErrors(CaseId caseId, Model model) {
		model.addAttribute("error", "cases.error.form");
		return caseView(cases.open(caseId, me()), model);
	}

	/** Does the action and shows the case as it then stands, with {@code flash}. */
	private String act(CaseId caseId, RedirectAttributes redirect, String flash, Runnable action) {
		return act(caseId, redirect, () -> {
			action.run();
			return flash;
		});
	}

	/**
	 * Does the action, whose result is the key of the message that confirms it, and shows
	 * the case as it then stands.
	 */
	private String act(CaseId caseId, RedirectAttributes redirect, Supplier<String> action) {
		try {
			redirect.addFlashAttribute("flash", action.get());
		}
		catch (InvalidCaseTransitionException | ObjectOptimisticLockingFailureException e) {
			// someone else moved the case meanwhile: show it as it now stands
			redirect.addFlashAttribute("error", "cases.error.transition");
		}
		return "redirect:/gestion/demandes/" + caseId;
	}

	private UUID me() {
		return currentUser.accountId().value();
	}

	private Map<UUID, String> staffNames() {
		return accounts.staffDisplayNames();
	}

	private static void addIfMissing(Model model, String name, Object value) {
		if (!model.containsAttribute(name)) {
			model.addAttribute(name, value);
		}
	}

	/** A civility chosen in a list; null for none or anything else. */
	private static @Nullable Civility civility(@Nullable String value) {
		return parse(Civility.class, value);
	}

	private static <E extends Enum<E>> @Nullable E parse(Class<E> type, @Nullable String value) {
		return Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equals(value)).findFirst().orElse(null);
	}

	private static int parsePage(String page) {
		try {
			return Math.max(1, Math.min(Integer.parseInt(page), 1_000_000));
		}
		catch (NumberFormatException e) {
			return 1;
		}
	}

}
