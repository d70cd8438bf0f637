package fr.integrance.dpo.breach;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import lombok.RequiredArgsConstructor;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import fr.integrance.breaches.BreachDetails;
import fr.integrance.breaches.BreachFacts;
import fr.integrance.breaches.BreachId;
import fr.integrance.breaches.BreachNature;
import fr.integrance.breaches.BreachNotReadyException;
import fr.integrance.breaches.BreachStatus;
import fr.integrance.breaches.BreachSummary;
import fr.integrance.breaches.Breaches;
import fr.integrance.breaches.RiskLevel;
import fr.integrance.dpo.breach.BreachForms.BreachForm;
import fr.integrance.dpo.breach.BreachForms.CommunicationForm;
import fr.integrance.dpo.breach.BreachForms.NotificationForm;
import fr.integrance.identity.AccountId;
import fr.integrance.identity.CurrentUser;
import fr.integrance.platform.FrenchDates;
import fr.integrance.privacy.ProcessingRegister;
import fr.integrance.privacy.Register;

/**
 * {@code /dpo/violations}: the breach register of the DPO console. The list (open
 * breaches first, the nearest deadline first, filtered by status, paged) with each
 * breach's 72-hour clock; a new breach; a breach's page with its clock, its description
 * (changed on its own page), the notification to the CNIL or the reasons for not
 * notifying, the communication to the people concerned or why it is not needed, closing
 * and reopening, its history; a breach as PDF and the register as CSV. A form sent back
 * with problems is shown again as typed, each problem beside its field.
 */
@Controller
@RequiredArgsConstructor
class BreachController {

	static final String LIST_VIEW = "dpo/breach/list";

	static final String FORM_VIEW = "dpo/breach/form";

	static final String DETAIL_VIEW = "dpo/breach/detail";

	private final Breaches breaches;

	private final CurrentUser currentUser;

	private final ProcessingRegister register;

	private final BreachCsv csv;

	private final BreachPdf pdf;

	private final Clock clock;

	@ModelAttribute("audience")
	String audience() {
		return "dpo";
	}

	@GetMapping("/dpo/violations")
	String list(@RequestParam(name = "statut", required = false) @Nullable String status,
			@RequestParam(name = "page", required = false, defaultValue = "1") String page, Model model) {
		BreachStatus chosen = parse(status);
		int number = parsePage(page);
		Page<BreachSummary> listed = breaches.page(chosen, number - 1);
		model.addAttribute("breaches", listed);
		model.addAttribute("status", chosen == null ? "" : chosen.name());
		model.addAttribute("statuses", BreachStatus.values());
		model.addAttribute("zone", FrenchDates.FRANCE);
		return LIST_VIEW;
	}

	@GetMapping("/dpo/violations/nouvelle")
	String newBreach(Model model) {
		return form(model, BreachForm.empty(), null);
	}

	@PostMapping("/dpo/violations/nouvelle")
	String record(@ModelAttribute("breachForm") BreachForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		BreachFacts facts = form.check(result, categoryIds(), clock.instant());
		if (facts == null) {
			return form(model, form, null);
		}
		BreachId id = breaches.record(facts, me());
		redirect.addFlashAttribute("flash", "breaches.flash.recorded");
		return "redirect:/dpo/violations/" + id;
	}

	@GetMapping("/dpo/violations/registre.csv")
	ResponseEntity<byte[]> registerCsv(Locale locale) {
		byte[] body = csv.render(breaches.register(), locale).getBytes(StandardCharsets.UTF_8);
		breaches.registerExported(me());
		return download(body, new MediaType("text", "csv", StandardCharsets.UTF_8),
				"registre-violations-" + FrenchDates.today(clock) + ".csv");
	}

	@GetMapping("/dpo/violations/{breachId}")
	String show(@PathVariable BreachId breachId, Model model) {
		return detail(model, breaches.get(breachId));
	}

	@GetMapping("/dpo/violations/{breachId}/modifier")
	String edit(@PathVariable BreachId breachId, Model model) {
		BreachDetails details = breaches.get(breachId);
		return form(model, BreachForm.of(details.facts()), details);
	}

	@PostMapping("/dpo/violations/{breachId}/modifier")
	String update(@PathVariable BreachId breachId, @ModelAttribute("breachForm") BreachForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		BreachDetails details = breaches.get(breachId);
		BreachFacts facts = form.check(result, categoryIds(), clock.instant());
		if (facts == null) {
			return form(model, form, details);
		}
		breaches.update(breachId, facts, me());
		redirect.addFlashAttribute("flash", "breaches.flash.updated");
		return "redirect:/dpo/violations/" + breachId;
	}

	@PostMapping("/dpo/violations/{breachId}/notification")
	String notification(@PathVariable BreachId breachId, @ModelAttribute("notificationForm") NotificationForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		BreachDetails details = breaches.get(breachId);
		if ("NOTIFIED".equals(form.decision())) {
			Instant at = BreachForms.moment(result, "notifiedAt", form.notifiedAt(), true);
			if (at != null && at.isAfter(clock.instant())) {
				result.rejectValue("notifiedAt", "breaches.error.future");
			}
			else if (at != null && at.isBefore(details.facts().awareAt())) {
				result.rejectValue("notifiedAt", "breaches.error.notified.before-awareness");
			}
			String reference = BreachForms.required(result, "reference", form.reference(), BreachForms.MAX_REFERENCE);
			if (!result.hasErrors() && at != null && reference != null) {
				breaches.notified(breachId, at, reference, me());
				redirect.addFlashAttribute("flash", "breaches.flash.notified");
				return "redirect:/dpo/violations/" + breachId;
			}
		}
		else if ("NOT_NOTIFIED".equals(form.decision())) {
			if (details.facts().risk() != RiskLevel.NONE) {
				result.rejectValue("decision", "breaches.error.notification.mandatory");
			}
			String reasons = BreachForms.required(result, "reasons", form.reasons(), BreachForms.MAX_TEXT);
			if (!result.hasErrors() && reasons != null) {
				breaches.notNotified(breachId, reasons, me());
				redirect.addFlashAttribute("flash", "breaches.flash.not-notified");
				return "redirect:/dpo/violations/" + breachId;
			}
		}
		else {
			result.rejectValue("decision", "breaches.error.decision.required");
		}
		model.addAttribute("error", "breaches.error.form");
		return detail(model, details);
	}

	@PostMapping("/dpo/violations/{breachId}/communication")
	String communication(@PathVariable BreachId breachId, @ModelAttribute("communicationForm") CommunicationForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		BreachDetails details = breaches.get(breachId);
		if ("INFORMED".equals(form.decision())) {
			LocalDate on = BreachForms.date(result, "informedOn", form.informedOn());
			if (on != null && on.isAfter(FrenchDates.today(clock))) {
				result.rejectValue("informedOn", "breaches.error.future");
			}
			String means = BreachForms.required(result, "means", form.means(), BreachForms.MAX_MEANS);
			if (!result.hasErrors() && on != null && means != null) {
				breaches.informed(breachId, on, means, me());
				redirect.addFlashAttribute("flash", "breaches.flash.informed");
				return "redirect:/dpo/violations/" + breachId;
			}
		}
		else if ("NOT_NEEDED".equals(form.decision())) {
			String reasons = BreachForms.required(result, "reasons", form.reasons(), BreachForms.MAX_TEXT);
			if (!result.hasErrors() && reasons != null) {
				breaches.notInformed(breachId, reasons, me());
				redirect.addFlashAttribute("flash", "breaches.flash.not-informed");
				return "redirect:/dpo/violations/" + breachId;
			}
		}
		else {
			result.rejectValue("decision", "breaches.error.decision.required");
		}
		model.addAttribute("error", "breaches.error.form");
		return detail(model, details);
	}

	@PostMapping("/dpo/violations/{breachId}/cloture")
	String close(@PathVariable BreachId breachId, Model model, RedirectAttributes redirect) {
		try {
			breaches.close(breachId, me());
		}
		catch (BreachNotReadyException e) {
			model.addAttribute("closeProblems", e.missing());
			return detail(model, breaches.get(breachId));
		}
		redirect.addFlashAttribute("flash", "breaches.flash.closed");
		return "redirect:/dpo/violations/" + breachId;
	}

	@PostMapping("/dpo/violations/{breachId}/reouverture")
	String reopen(@PathVariable BreachId breachId, RedirectAttributes redirect) {
		breaches.reopen(breachId, me());
		redirect.addFlashAttribute("flash", "breaches.flash.reopened");
		return "redirect:/dpo/violations/" + breachId;
	}

	@GetMapping("/dpo/violations/{breachId}/fiche.pdf")
	ResponseEntity<byte[]> breachPdf(@PathVariable BreachId breachId, Locale locale) {
		BreachDetails details = breaches.get(breachId);
		byte[] body = pdf.render(details, locale);
		breaches.exported(breachId, me());
		return download(body, MediaType.APPLICATION_PDF, details.reference() + ".pdf");
	}

	private String form(Model model, BreachForm form, @Nullable BreachDetails details) {
		model.addAttribute("breachForm", form);
		model.addAttribute("breach", details);
		model.addAttribute("natures", BreachNature.values());
		model.addAttribute("risks", RiskLevel.values());
		model.addAttribute("categories", register.current().dataCategories());
		model.addAttribute("now", BreachForms.local(clock.instant()));
		return FORM_VIEW;
	}

	private String detail(Model model, BreachDetails details) {
		model.addAttribute("breach", details);
		model.addAttribute("zone", FrenchDates.FRANCE);
		model.addAttribute("categoryLabels",
				register.current()
					.dataCategories()
					.stream()
					.collect(Collectors.toMap(Register.DataCategory::id, Register.DataCategory::label)));
		if (!model.containsAttribute("notificationForm")) {
			model.addAttribute("notificationForm", NotificationForm.empty());
		}
		if (!model.containsAttribute("communicationForm")) {
			model.addAttribute("communicationForm", CommunicationForm.empty());
		}
		model.addAttribute("now", BreachForms.local(clock.instant()));
		model.addAttribute("today", FrenchDates.today(clock).toString());
		return DETAIL_VIEW;
	}

	private Set<String> categoryIds() {
		return register.current().dataCategories().stream().map(Register.DataCategory::id).collect(Collectors.toSet());
	}

	private AccountId me() {
		return currentUser.accountId();
	}

	private static ResponseEntity<byte[]> download(byte[] body, MediaType type, String fileName) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(body);
	}

	private static @Nullable BreachStatus parse(@Nullable String status) {
		if (status == null || status.isBlank()) {
			return null;
		}
		for (BreachStatus value : BreachStatus.values()) {
			if (value.name().equalsIgnoreCase(status)) {
				return value;
			}
		}
		return null;
	}

	private static int parsePage(String page) {
		try {
			return Math.max(1, Integer.parseInt(page.strip()));
		}
		catch (NumberFormatException e) {
			return 1;
		}
	}

}
