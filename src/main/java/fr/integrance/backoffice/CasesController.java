package fr.integrance.backoffice;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.validation.Valid;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
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
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import fr.integrance.backoffice.CaseForms.AcceptanceForm;
import fr.integrance.backoffice.CaseForms.MessageForm;
import fr.integrance.backoffice.CaseForms.MoreInformationForm;
import fr.integrance.backoffice.CaseForms.RejectionForm;
import fr.integrance.contracts.ContractId;
import fr.integrance.contracts.IndividualContracts;
import fr.integrance.contracts.PlanCatalogue;
import fr.integrance.identity.AccountManagement;
import fr.integrance.identity.AccountSummary;
import fr.integrance.identity.CurrentUser;
import fr.integrance.platform.InvalidValueException;
import fr.integrance.requests.Acceptance;
import fr.integrance.requests.AttachmentDownload;
import fr.integrance.requests.Civility;
import fr.integrance.requests.CaseDetails;
import fr.integrance.requests.CaseFilter;
import fr.integrance.requests.CaseFilter.Assignment;
import fr.integrance.requests.CaseListPage;
import fr.integrance.requests.CaseProcessing;
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
 * opening and each action (ids only); a decision on a case someone else holds takes it
 * over, which the case page says beforehand.
 */
@Controller
class CasesController {

	static final String QUEUE_VIEW = "backoffice/cases/queue";
	static final String CASE_VIEW = "backoffice/cases/case";

	private static final ZoneId FRANCE = FrenchDates.FRANCE;

	private final CaseProcessing processing;

	private final AccountManagement accounts;

	private final CurrentUser currentUser;

	private final Clock clock;

	private final PlanCatalogue plans;

	private final IndividualContracts contracts;

	CasesController(CaseProcessing processing, AccountManagement accounts, CurrentUser currentUser, Clock clock,
			PlanCatalogue plans, IndividualContracts contracts) {
		this.plans = plans;
		this.contracts = contracts;
		this.processing = processing;
		this.accounts = accounts;
		this.currentUser = currentUser;
		this.clock = clock;
	}

	/**
	 * A queue line's age: whole days since the oldest open case arrived, null when there
	 * is none.
	 */
	record Queue(QueueSummary summary, Long oldestAgeDays) {
	}

	@GetMapping("/gestion/demandes")
	String queue(@RequestParam(name = "type", required = false) String type,
			@RequestParam(name = "statut", required = false) String status,
			@RequestParam(name = "attribution", required = false) String assignment,
			@RequestParam(name = "page", required = false, defaultValue = "1") String page, Model model) {
		RequestType chosenType = parse(RequestType.class, type);
		RequestStatus chosenStatus = parse(RequestStatus.class, status);
		Assignment chosenAssignment = Optional.ofNullable(parse(Assignment.class, assignment)).orElse(Assignment.ANY);
		int pageNumber = parsePage(page);
		CaseFilter filter = new CaseFilter(chosenType, chosenStatus, chosenAssignment, currentUser.accountId().value());
		CaseListPage cases = processing.list(filter, pageNumber - 1);
		List<Queue> queues = processing.queues()
			.stream()
			.map(q -> new Queue(q,
					q.oldestSubmittedAt() == null ? null
							: Duration.between(q.oldestSubmittedAt(), clock.instant()).toDays()))
			.toList();
		model.addAttribute("queues", queues);
		model.addAttribute("cases", cases);
		model.addAttribute("filter", filter);
		model.addAttribute("filtered",
				chosenType != null || chosenStatus != null || chosenAssignment != Assignment.ANY);
		model.addAttribute("types", RequestType.values());
		model.addAttribute("statuses", RequestStatus.values());
		model.addAttribute("assignments", Assignment.values());
		model.addAttribute("staffNames", staffNames());
		model.addAttribute("me", currentUser.accountId().value());
		model.addAttribute("zone", FRANCE);
		return QUEUE_VIEW;
	}

	@GetMapping("/gestion/demandes/{caseId}")
	String show(@PathVariable String caseId, Model model) {
		CaseDetails details = find(caseId);
		processing.recordRead(details, currentUser.accountId().value());
		return caseView(details, model);
	}

	@PostMapping("/gestion/demandes/{caseId}/prise-en-charge")
	String take(@PathVariable String caseId, RedirectAttributes redirect) {
		CaseDetails details = find(caseId);
		return act(details, redirect, "cases.flash.taken",
				() -> processing.take(details.id(), currentUser.accountId().value()));
	}

	@PostMapping("/gestion/demandes/{caseId}/reprise")
	String resume(@PathVariable String caseId, RedirectAttributes redirect) {
		CaseDetails details = find(caseId);
		return act(details, redirect, "cases.flash.resumed",
				() -> processing.resume(details.id(), currentUser.accountId().value()));
	}

	@PostMapping("/gestion/demandes/{caseId}/complement")
	String askSender(@PathVariable String caseId,
			@Valid @ModelAttribute("moreInformationForm") MoreInformationForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		CaseDetails details = find(caseId);
		if (result.hasErrors()) {
			return withErrors(details, model);
		}
		return act(details, redirect, "cases.flash.more-asked",
				() -> processing.askSender(details.id(), currentUser.accountId().value(), form.reason()));
	}

	@PostMapping("/gestion/demandes/{caseId}/acceptation")
	String accept(@PathVariable String caseId, @Valid @ModelAttribute("acceptanceForm") AcceptanceForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		CaseDetails details = find(caseId);
		if (details.type() == RequestType.SOLICITATION && (form.answer() == null || form.answer().isBlank())) {
			result.rejectValue("answer", "cases.error.answer.required");
		}
		List<Civility> civilities = new ArrayList<>();
		int dependants = details.subscription() == null ? 0 : details.subscription().dependants().size();
		for (int i = 0; i < dependants; i++) {
			// asked by the public form: only requests sent before it did need staff to
			// give it
			Civility given = details.subscription().dependants().get(i).civility();
			Civility civility = given != null ? given : parse(Civility.class, form.civility(i));
			if (civility == null) {
				result.rejectValue("civilities[" + i + "]", "cases.error.civility.required");
			}
			civilities.add(civility);
		}
		if (result.hasErrors()) {
			return withErrors(details, model);
		}
		try {
			return act(details, redirect, "cases.flash.accepted." + details.type(), () -> processing
				.accept(details.id(), currentUser.accountId().value(), new Acceptance(form.answer(), civilities)));
		}
		catch (InvalidValueException e) {
			// the domain refused a value of the request: nothing was changed
			model.addAttribute("error", "cases.error.refused-value");
			model.addAttribute("refusedValue", e.messageKey());
			return caseView(details, model);
		}
	}

	@PostMapping("/gestion/demandes/{caseId}/refus")
	String reject(@PathVariable String caseId, @Valid @ModelAttribute("rejectionForm") RejectionForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		CaseDetails details = find(caseId);
		if (result.hasErrors()) {
			return withErrors(details, model);
		}
		return act(details, redirect, "cases.flash.rejected",
				() -> processing.reject(details.id(), currentUser.accountId().value(), form.reason()));
	}

	@PostMapping("/gestion/demandes/{caseId}/messages")
	String write(@PathVariable String caseId, @Valid @ModelAttribute("messageForm") MessageForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		CaseDetails details = find(caseId);
		if (result.hasErrors()) {
			return withErrors(details, model);
		}
		return act(details, redirect, "cases.flash.message-sent",
				() -> processing.writeToSender(details.id(), currentUser.accountId().value(), form.body()));
	}

	@GetMapping("/gestion/demandes/{caseId}/pieces/{attachmentId}")
	ResponseEntity<byte[]> download(@PathVariable String caseId, @PathVariable String attachmentId) {
		CaseDetails details = find(caseId);
		AttachmentDownload file = uuid(attachmentId).flatMap(id -> processing.attachment(details.id(), id))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		processing.recordAttachmentRead(details, currentUser.accountId().value());
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.mediaType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename(file.displayName(), StandardCharsets.UTF_8)
						.build()
						.toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(file.content());
	}

	private String caseView(CaseDetails details, Model model) {
		model.addAttribute("requestCase", details);
		if (details.subscription() != null) {
			plans.plan(details.subscription().planCode())
				.ifPresent(plan -> model.addAttribute("planName", plan.name()));
		}
		if (details.contractId() != null) {
			contracts.find(new ContractId(details.contractId()))
				.ifPresent(contract -> model.addAttribute("memberNumber", contract.memberNumber().value()));
		}
		model.addAttribute("staffNames", staffNames());
		model.addAttribute("me", currentUser.accountId().value());
		model.addAttribute("zone", FRANCE);
		addIfMissing(model, "moreInformationForm", new MoreInformationForm(""));
		addIfMissing(model, "rejectionForm", new RejectionForm(""));
		addIfMissing(model, "acceptanceForm", new AcceptanceForm("", null));
		addIfMissing(model, "messageForm", new MessageForm(""));
		return CASE_VIEW;
	}

	private String withErrors(CaseDetails details, Model model) {
		model.addAttribute("error", "cases.error.form");
		return caseView(details, model);
	}

	private String act(CaseDetails details, RedirectAttributes redirect, String flash, Runnable action) {
		try {
			action.run();
			redirect.addFlashAttribute("flash", flash);
		}
		catch (InvalidCaseTransitionException | ObjectOptimisticLockingFailureException e) {
			// someone else moved the case meanwhile: show it as it now stands
			redirect.addFlashAttribute("error", "cases.error.transition");
		}
		return "redirect:/gestion/demandes/" + details.id();
	}

	private CaseDetails find(String caseId) {
		return uuid(caseId).flatMap(processing::find)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private Map<UUID, String> staffNames() {
		Map<UUID, String> names = new HashMap<>();
		for (AccountSummary account : accounts.staffAccounts()) {
			names.put(account.id().value(), account.displayName());
		}
		return names;
	}

	private static void addIfMissing(Model model, String name, Object value) {
		if (!model.containsAttribute(name)) {
			model.addAttribute(name, value);
		}
	}

	private static Optional<UUID> uuid(String text) {
		try {
			return Optional.of(UUID.fromString(text));
		}
		catch (IllegalArgumentException | NullPointerException e) {
			return Optional.empty();
		}
	}

	private static <E extends Enum<E>> E parse(Class<E> type, String value) {
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
