package fr.integrance.employerspace;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;

import lombok.RequiredArgsConstructor;

import org.jspecify.annotations.Nullable;
import org.springframework.core.io.InputStreamResource;
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

import fr.integrance.contracts.AffiliationId;
import fr.integrance.contracts.DependantType;
import fr.integrance.contracts.GroupContract;
import fr.integrance.contracts.GroupContracts;
import fr.integrance.contracts.TerminationReason;
import fr.integrance.documents.DocumentViews.Download;
import fr.integrance.employerspace.EmployerForms.EnrolForm;
import fr.integrance.employerspace.EmployerForms.ModifyForm;
import fr.integrance.employerspace.EmployerForms.TerminateForm;
import fr.integrance.identity.AuthenticatedUser;
import fr.integrance.people.FamilySituation;
import fr.integrance.people.MandatoryScheme;
import fr.integrance.people.PersonId;
import fr.integrance.platform.Civility;
import fr.integrance.platform.FileInspection;
import fr.integrance.platform.FileRejectedException;
import fr.integrance.platform.NotFoundException;
import fr.integrance.requests.FieldProblem;
import fr.integrance.requests.FieldProblemsException;

/**
 * iCollectif's affiliates: the list ({@code /icollectif/salaries}: search by name, birth
 * date or NIR, filters by state and category, sort, pages), an affiliate's page with
 * their data, dependants and history, and the movements — enrol, terminate, modify —
 * through {@link AffiliateMovements}, scoped to the representative's organisation (an
 * affiliation of another employer, or unknown, is 404).
 */
@Controller
@RequiredArgsConstructor
class AffiliatesController {

	static final String LIST = "/icollectif/salaries";

	static final int PAGE_SIZE = 25;

	static final java.time.format.DateTimeFormatter FRENCH_DATE = java.time.format.DateTimeFormatter
		.ofPattern("dd/MM/yyyy", java.util.Locale.ROOT);

	private final AffiliateMovements movements;

	private final AffiliateDocuments documents;

	private final FileInspection inspection;

	private final GroupContracts groupContracts;

	/** The enrolment form's file fields and the document each one holds. */
	static final Map<String, AffiliateDocuments.Kind> FILE_FIELDS = Map.of("carteVitale",
			AffiliateDocuments.Kind.CARTE_VITALE, "protectionMeasure", AffiliateDocuments.Kind.PROTECTION_MEASURE);

	@ModelAttribute("audience")
	String audience() {
		return EmployerSpaceConfiguration.SPACE.navigation();
	}

	static UUID organisation(AuthenticatedUser user) {
		return user.organisation().orElseThrow(() -> new NotFoundException("organisation")).value();
	}

	// --- list

	@GetMapping(LIST)
	String list(AuthenticatedUser user, @RequestParam(name = "nom", required = false) @Nullable String name,
			@RequestParam(name = "naissance", required = false) @Nullable String birth,
			@RequestParam(name = "nir", required = false) @Nullable String nir,
			@RequestParam(name = "etat", required = false) @Nullable String state,
			@RequestParam(name = "categorie", required = false) @Nullable String category,
			@RequestParam(name = "tri", required = false) @Nullable String sort,
			@RequestParam(name = "ordre", required = false) @Nullable String order,
			@RequestParam(name = "page", required = false) @Nullable String page, Model model) {
		UUID organisation = organisation(user);
		AffiliateSort sorting = parse(AffiliateSort.class, sort);
		AffiliateQuery query = new AffiliateQuery(name, date(birth), nir, parse(AffiliateState.class, state), category,
				sorting == null ? AffiliateSort.NAME : sorting, "desc".equals(order), pageIndex(page), PAGE_SIZE);
		model.addAttribute("query", query);
		model.addAttribute("birthText", birth == null ? "" : birth);
		model.addAttribute("affiliates", movements.search(organisation, query));
		model.addAttribute("states", AffiliateState.values());
		model.addAttribute("sorts", AffiliateSort.values());
		model.addAttribute("categories", categories(organisation));
		model.addAttribute("filtered",
				query.name() != null && !query.name().isBlank() || query.birthDate() != null
						|| query.nir() != null && !query.nir().isBlank() || query.state() != null
						|| query.category() != null && !query.category().isBlank());
		return "employerspace/affiliates";
	}

	private List<String> categories(UUID organisation) {
		return groupContracts.ofOrganisation(organisation)
			.stream()
			.flatMap(contract -> contract.populationCategories().stream())
			.distinct()
			.toList();
	}

	// --- affiliate page

	@GetMapping(LIST + "/{affiliationId}")
	String affiliate(AuthenticatedUser user, @PathVariable AffiliationId affiliationId, Model model) {
		UUID organisation = organisation(user);
		Affiliate affiliate = movements.find(organisation, affiliationId)
			.orElseThrow(() -> new UnknownAffiliateException(affiliationId));
		model.addAttribute("affiliate", affiliate);
		model.addAttribute("history", movements.history(organisation, affiliationId)
			.stream()
			.map(m -> new HistoryLine(m.kind(), m.effectiveDate(),
					java.time.LocalDateTime.ofInstant(m.recordedAt(), fr.integrance.platform.FrenchDates.FRANCE)))
			.toList());
		model.addAttribute("state", AffiliateState.of(affiliate.affiliation().status()));
		model.addAttribute("documents", documents.of(organisation, affiliationId));
		return "employerspace/affiliate";
	}

	/** A line of the affiliate's history, recorded in Paris time. */
	record HistoryLine(MovementKind kind, LocalDate effectiveDate, java.time.LocalDateTime recordedAt) {
	}

	// --- enrolment

	@GetMapping(LIST + "/nouveau")
	String enrolForm(AuthenticatedUser user, Model model) {
		EnrolForm form = new EnrolForm();
		List<GroupContract> contracts = groupContracts.ofOrganisation(organisation(user));
		if (contracts.size() == 1) {
			form.contractReference = contracts.get(0).reference();
		}
		return enrolPage(user, form, model);
	}

	private String enrolPage(AuthenticatedUser user, EnrolForm form, Model model) {
		model.addAttribute("maxFileMegabytes", inspection.maxFileBytes() / (1024 * 1024));
		if (!model.containsAttribute("fileErrors")) {
			model.addAttribute("fileErrors", Map.of());
		}
		model.addAttribute("enrolForm", form);
		model.addAttribute("contracts", groupContracts.ofOrganisation(organisation(user)));
		choices(model);
		return "employerspace/enrol";
	}

	private static void choices(Model model) {
		model.addAttribute("civilities", Civility.values());
		model.addAttribute("familySituations", FamilySituation.values());
		model.addAttribute("schemes", MandatoryScheme.values());
		model.addAttribute("dependantTypes", DependantType.values());
		model.addAttribute("reasons", TerminationReason.values());
	}

	@PostMapping(LIST + "/nouveau")
	String enrol(AuthenticatedUser user, @ModelAttribute("enrolForm") EnrolForm form, BindingResult result,
			@RequestParam(name = "carteVitale", required = false) @Nullable MultipartFile carteVitale,
			@RequestParam(name = "protectionMeasure", required = false) @Nullable MultipartFile protectionMeasure,
			Model model, RedirectAttributes redirect) {
		// The files are inspected first and kept only with a complete enrolment: when
		// anything is refused, those chosen are to be chosen again (the page says so).
		Map<String, String> fileErrors = new LinkedHashMap<>();
		List<AffiliateDocuments.Sent> sent = new ArrayList<>();
		inspect("carteVitale", carteVitale, sent, fileErrors);
		inspect("protectionMeasure", protectionMeasure, sent, fileErrors);
		model.addAttribute("fileErrors", fileErrors);
		if (result.hasErrors() || !fileErrors.isEmpty()) {
			return enrolPage(user, form, model, !sent.isEmpty());
		}
		List<Integer> rows = new ArrayList<>();
		Enrolment enrolment = form.toEnrolment(rows);
		try {
			Affiliate affiliate = documents.enrol(organisation(user), user.accountId().value(), enrolment, sent);
			redirect.addFlashAttribute("flash", "employer.enrol.done");
			return "redirect:" + LIST + "/" + affiliate.affiliation().id().value();
		}
		catch (FieldProblemsException refused) {
			reject(result, refused, field -> dependantRow(field, rows));
			return enrolPage(user, form, model, !sent.isEmpty());
		}
		catch (AffiliateDocuments.DocumentRefusedException refused) {
			FILE_FIELDS.forEach((field, kind) -> {
				if (kind == refused.kind()) {
					fileErrors.put(field, refused.messageKey());
				}
			});
			return enrolPage(user, form, model, true);
		}
	}

	private String enrolPage(AuthenticatedUser user, EnrolForm form, Model model, boolean chooseFilesAgain) {
		model.addAttribute("chooseFilesAgain", chooseFilesAgain);
		return enrolPage(user, form, model);
	}

	/**
	 * A file chosen in {@code field}: inspected like every upload (PDF, JPEG or PNG whose
	 * bytes are what its name says, within the size limit); nothing when none was chosen.
	 */
	private void inspect(String field, @Nullable MultipartFile file, List<AffiliateDocuments.Sent> sent,
			Map<String, String> fileErrors) {
		if (file == null) {
			return;
		}
		String name = file.getOriginalFilename();
		if (file.isEmpty() && (name == null || name.isBlank())) {
			return;
		}
		try {
			byte[] content = file.getBytes();
			FileInspection.InspectedFile inspected = inspection.inspect(name, content);
			sent.add(new AffiliateDocuments.Sent(java.util.Objects.requireNonNull(FILE_FIELDS.get(field)),
					inspected.displayName(), inspected.content()));
		}
		catch (FileRejectedException refused) {
			fileErrors.put(field,
					"intake.upload.error." + refused.reason().name().toLowerCase(Locale.ROOT).replace('_', '-'));
		}
		catch (IOException unreadable) {
			fileErrors.put(field, "intake.upload.error.unreadable");
		}
	}

	/** A document the employer sent with the enrolment, downloaded again. */
	@GetMapping(LIST + "/{affiliationId}/pieces/{document}")
	ResponseEntity<InputStreamResource> document(AuthenticatedUser user, @PathVariable AffiliationId affiliationId,
			@PathVariable String document) {
		UUID id;
		try {
			id = UUID.fromString(document);
		}
		catch (IllegalArgumentException notAnId) {
			throw new UnknownAffiliateException(affiliationId);
		}
		Download download = documents.download(organisation(user), user.accountId().value(), affiliationId, id);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(download.mediaType()))
			.contentLength(download.size())
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename(download.fileName(), StandardCharsets.UTF_8)
						.build()
						.toString())
			.header("X-Content-Type-Options", "nosniff")
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.body(new InputStreamResource(download.content()));
	}

	/** {@code dependants[k].x} of the enrolment is the form's k-th non-blank row. */
	private static String dependantRow(String field, List<Integer> rows) {
		if (!field.startsWith("dependants[")) {
			return field;
		}
		int close = field.indexOf(']');
		int index = Integer.parseInt(field.substring("dependants[".length(), close));
		return index < rows.size() ? "dependants[" + rows.get(index) + field.substring(close) : field;
	}

	// --- termination

	@GetMapping(LIST + "/{affiliationId}/radiation")
	String terminateForm(AuthenticatedUser user, @PathVariable AffiliationId affiliationId, Model model) {
		return terminatePage(user, affiliationId, new TerminateForm(), model);
	}

	private String terminatePage(AuthenticatedUser user, AffiliationId id, TerminateForm form, Model model) {
		Affiliate affiliate = movements.find(organisation(user), id)
			.orElseThrow(() -> new UnknownAffiliateException(id));
		model.addAttribute("affiliate", affiliate);
		model.addAttribute("terminateForm", form);
		model.addAttribute("reasons", TerminationReason.values());
		return "employerspace/terminate";
	}

	@PostMapping(LIST + "/{affiliationId}/radiation")
	String terminate(AuthenticatedUser user, @PathVariable AffiliationId affiliationId,
			@ModelAttribute("terminateForm") TerminateForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		UUID organisation = organisation(user);
		if (movements.find(organisation, affiliationId).isEmpty()) {
			throw new UnknownAffiliateException(affiliationId);
		}
		if (!result.hasErrors()) {
			if (form.lastDay == null) {
				result.rejectValue("lastDay", "affiliate.last-day.required");
			}
			if (form.reason == null) {
				result.rejectValue("reason", "affiliate.reason.required");
			}
		}
		LocalDate lastDay = form.lastDay;
		TerminationReason reason = form.reason;
		if (result.hasErrors() || lastDay == null || reason == null) {
			return terminatePage(user, affiliationId, form, model);
		}
		try {
			Termination termination = movements.terminate(organisation, affiliationId, lastDay, reason);
			if (termination.portability() != null) {
				// Strings only: flash attributes live in the serialised session.
				redirect.addFlashAttribute("portabilityMonths", String.valueOf(termination.portability().months()));
				redirect.addFlashAttribute("portabilityFrom", FRENCH_DATE.format(termination.portability().from()));
				redirect.addFlashAttribute("portabilityUntil", FRENCH_DATE.format(termination.portability().until()));
			}
			redirect.addFlashAttribute("flash", termination.portability() == null ? "employer.terminate.done"
					: "employer.terminate.done-portability");
			return "redirect:" + LIST + "/" + affiliationId.value();
		}
		catch (FieldProblemsException refused) {
			reject(result, refused,
					field -> "lastDayOfEmployment".equals(field) ? "lastDay" : field.equals("reason") ? field : "");
			return terminatePage(user, affiliationId, form, model);
		}
	}

	// --- modification

	/** The kinds of change, by their French path segment. */
	enum Change {

		ADRESSE, SITUATION, REGIME, BANQUE, AJOUT_AYANT_DROIT, RETRAIT_AYANT_DROIT;

		String param() {
			return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
		}

		static @Nullable Change of(@Nullable String param) {
			for (Change change : values()) {
				if (change.param().equals(param)) {
					return change;
				}
			}
			return null;
		}

		public String messageKey() {
			return "employer.modify.kind." + param();
		}

	}

	@GetMapping(LIST + "/{affiliationId}/modification")
	String modifyForm(AuthenticatedUser user, @PathVariable AffiliationId affiliationId,
			@RequestParam(name = "changement", required = false) @Nullable String kind, Model model) {
		return modifyPage(user, affiliationId, Change.of(kind), new ModifyForm(), model);
	}

	private String modifyPage(AuthenticatedUser user, AffiliationId id, @Nullable Change change, ModifyForm form,
			Model model) {
		Affiliate affiliate = movements.find(organisation(user), id)
			.orElseThrow(() -> new UnknownAffiliateException(id));
		model.addAttribute("affiliate", affiliate);
		java.util.Map<String, String> changes = new java.util.LinkedHashMap<>();
		for (Change each : Change.values()) {
			changes.put(each.param(), each.messageKey());
		}
		model.addAttribute("changes", changes);
		model.addAttribute("changeName", change == null ? null : change.name());
		model.addAttribute("changeParam", change == null ? null : change.param());
		model.addAttribute("changeKey", change == null ? null : change.messageKey());
		model.addAttribute("modifyForm", form);
		choices(model);
		return "employerspace/modify";
	}

	@PostMapping(LIST + "/{affiliationId}/modification")
	String modify(AuthenticatedUser user, @PathVariable AffiliationId affiliationId,
			@RequestParam(name = "changement", required = false) @Nullable String kind,
			@ModelAttribute("modifyForm") ModifyForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		UUID organisation = organisation(user);
		Change change = Change.of(kind);
		if (movements.find(organisation, affiliationId).isEmpty()) {
			throw new UnknownAffiliateException(affiliationId);
		}
		if (change == null || result.hasErrors()) {
			return modifyPage(user, affiliationId, change, form, model);
		}
		Modification modification = switch (change) {
			case ADRESSE -> new Modification.AddressChange(form.address.toAddress(), form.effectiveDate);
			case SITUATION -> new Modification.FamilySituationChange(form.familySituation, form.effectiveDate);
			case REGIME -> new Modification.SchemeChange(form.scheme, form.schemeFund, form.effectiveDate);
			case BANQUE -> new Modification.BankDetailsChange(form.bank.toBank(), form.effectiveDate);
			case AJOUT_AYANT_DROIT ->
				new Modification.DependantAddition(form.dependant.toDependant(), form.effectiveDate);
			case RETRAIT_AYANT_DROIT ->
				new Modification.DependantRemoval(person(form.removedDependant), form.effectiveDate);
		};
		try {
			movements.modify(organisation, affiliationId, modification);
			redirect.addFlashAttribute("flash", "employer.modify.done");
			return "redirect:" + LIST + "/" + affiliationId.value();
		}
		catch (FieldProblemsException refused) {
			reject(result, refused, field -> "dependant".equals(field) ? "removedDependant" : field);
			return modifyPage(user, affiliationId, change, form, model);
		}
	}

	private static @Nullable PersonId person(@Nullable String id) {
		try {
			return id == null || id.isBlank() ? null : new PersonId(UUID.fromString(id.strip()));
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	// --- helpers

	/**
	 * The service's problems beside the fields; one the form has no field for (an empty
	 * name) as a global error.
	 */
	private static void reject(BindingResult result, FieldProblemsException refused, UnaryOperator<String> fields) {
		for (FieldProblem problem : refused.problems()) {
			String field = fields.apply(problem.field());
			if (field.isEmpty() || "status".equals(field)) {
				result.reject(problem.messageKey());
			}
			else {
				try {
					result.rejectValue(field, problem.messageKey());
				}
				catch (RuntimeException noSuchField) {
					result.reject(problem.messageKey());
				}
			}
		}
	}

	private static @Nullable LocalDate date(@Nullable String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(text.strip());
		}
		catch (java.time.format.DateTimeParseException ex) {
			return null;
		}
	}

	private static <E extends Enum<E>> @Nullable E parse(Class<E> type, @Nullable String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		for (E value : type.getEnumConstants()) {
			if (value.name().equalsIgnoreCase(text.strip())) {
				return value;
			}
		}
		return null;
	}

	private static int pageIndex(@Nullable String text) {
		try {
			return text == null ? 0 : Math.max(0, Integer.parseInt(text.strip()) - 1);
		}
		catch (NumberFormatException ex) {
			return 0;
		}
	}

}
