package fr.integrance.dpo.retention;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import lombok.RequiredArgsConstructor;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import fr.integrance.identity.CurrentUser;
import fr.integrance.privacy.DataSubjectRef;
import fr.integrance.privacy.ProcessingRegister;
import fr.integrance.privacy.Register;
import fr.integrance.retention.HoldReason;
import fr.integrance.retention.RetentionHolds;
import fr.integrance.retention.RetentionSweeps;

/**
 * The DPO's retention page ({@code /dpo/conservation}): per register rule, the records
 * past their retention date (0 after a sweep) and those a hold suspends; the dry run of
 * the next sweep, per rule and per module (counts only, no personal data); the sweep
 * journal; the legal holds in force, placed and lifted here (journaled by the retention
 * module). The DPO may also start a sweep now (one node at a time).
 */
@Controller
@RequiredArgsConstructor
class RetentionPageController {

	/** How many due subjects the dry run previews module by module. */
	static final int DRY_RUN_SAMPLE = 200;

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]{1,190}\\.[^@\\s]{2,}");

	private final RetentionSweeps sweeps;

	private final RetentionHolds holds;

	private final ProcessingRegister register;

	private final CurrentUser currentUser;

	@ModelAttribute("audience")
	String audience() {
		return "dpo";
	}

	@GetMapping("/dpo/conservation")
	String page(Model model, Locale locale) {
		if (!model.containsAttribute("holdForm")) {
			model.addAttribute("holdForm", new HoldForm());
		}
		Register current = register.current();
		Map<String, RetentionSweeps.Past> past = sweeps.pastRetention();
		List<RuleLine> rules = past.entrySet()
			.stream()
			.map(entry -> new RuleLine(entry.getKey(), label(current, entry.getKey(), locale), entry.getValue().due(),
					entry.getValue().held()))
			.toList();
		RetentionSweeps.DryRun dryRun = sweeps.dryRun(DRY_RUN_SAMPLE);
		model.addAttribute("rules", rules);
		model.addAttribute("pastTotal", rules.stream().mapToLong(RuleLine::due).sum());
		model.addAttribute("dryRun", dryRun);
		model.addAttribute("sweeps",
				sweeps.journal(10).stream().map(sweep -> journalLine(current, sweep, locale)).toList());
		model.addAttribute("holds", holds.inForce());
		model.addAttribute("reasons", Arrays.asList(HoldReason.values()));
		return "dpo/retention/retention";
	}

	@PostMapping("/dpo/conservation/balayage")
	String sweep(RedirectAttributes redirect) {
		RetentionSweeps.Sweep sweep = sweeps.sweep();
		if (sweep == null) {
			redirect.addFlashAttribute("flash", "retentionsweep.flash.busy");
		}
		else {
			redirect.addFlashAttribute("flash", "retentionsweep.flash.swept");
			redirect.addFlashAttribute("flashCount", sweep.subjects());
		}
		return "redirect:/dpo/conservation";
	}

	@PostMapping("/dpo/conservation/suspensions")
	String place(@ModelAttribute("holdForm") HoldForm form, BindingResult result, Model model, Locale locale,
			RedirectAttributes redirect) {
		Optional<DataSubjectRef> subject = subject(form.getSubject());
		if (subject.isEmpty()) {
			result.rejectValue("subject", "retentionsweep.hold.error.subject");
		}
		HoldReason reason = reason(form.getReason());
		if (reason == null) {
			result.rejectValue("reason", "retentionsweep.hold.error.reason");
		}
		LocalDate endsOn = null;
		String end = form.getEndsOn();
		if (end != null && !end.isBlank()) {
			try {
				endsOn = LocalDate.parse(end.strip());
			}
			catch (DateTimeParseException ex) {
				result.rejectValue("endsOn", "retentionsweep.hold.error.date");
			}
		}
		if (!result.hasErrors()) {
			try {
				holds.place(subject.orElseThrow(), java.util.Objects.requireNonNull(reason), endsOn,
						currentUser.accountId().value());
				redirect.addFlashAttribute("flash", "retentionsweep.flash.placed");
				return "redirect:/dpo/conservation";
			}
			catch (IllegalArgumentException ex) {
				result.rejectValue("endsOn", "retentionsweep.hold.error.past");
			}
		}
		return page(model, locale);
	}

	@PostMapping("/dpo/conservation/suspensions/levee")
	String lift(@RequestParam(name = "suspension", required = false) @Nullable String hold,
			RedirectAttributes redirect) {
		boolean lifted = false;
		if (hold != null) {
			try {
				lifted = holds.lift(UUID.fromString(hold.strip()), currentUser.accountId().value());
			}
			catch (IllegalArgumentException ex) {
				lifted = false;
			}
		}
		redirect.addFlashAttribute("flash", lifted ? "retentionsweep.flash.lifted" : "retentionsweep.flash.unknown");
		return "redirect:/dpo/conservation";
	}

	private static Optional<DataSubjectRef> subject(@Nullable String typed) {
		if (typed == null || typed.isBlank()) {
			return Optional.empty();
		}
		String value = typed.strip();
		try {
			return Optional.of(DataSubjectRef.person(UUID.fromString(value)));
		}
		catch (IllegalArgumentException ex) {
			return EMAIL.matcher(value).matches() ? Optional.of(DataSubjectRef.email(value)) : Optional.empty();
		}
	}

	private static @Nullable HoldReason reason(@Nullable String typed) {
		if (typed == null) {
			return null;
		}
		return Arrays.stream(HoldReason.values()).filter(r -> r.name().equals(typed)).findFirst().orElse(null);
	}

	private static String label(Register register, String rule, Locale locale) {
		return register.retentionRule(rule).map(r -> Register.text(r.label(), r.labelEn(), locale)).orElse(rule);
	}

	private static JournalLine journalLine(Register register, RetentionSweeps.Sweep sweep, Locale locale) {
		List<JournalRule> rules = sweep.counts().entrySet().stream().map(entry -> {
			Map<String, Integer> counts = entry.getValue();
			int clocks = counts.getOrDefault("-/CLOCKS", 0);
			int errors = counts.getOrDefault("-/ERROR", 0);
			int erased = sum(counts, "/ERASED");
			int anonymised = sum(counts, "/ANONYMISED");
			int kept = sum(counts, "/KEPT") + sum(counts, "/DEFERRED");
			return new JournalRule(label(register, entry.getKey(), locale), clocks, erased, anonymised, kept, errors);
		}).toList();
		java.time.Duration duration = sweep.duration();
		return new JournalLine(sweep.startedAt(), sweep.status(), sweep.subjects(), sweep.errors(), sweep.resumed(),
				duration == null ? null : Math.max(0, duration.toMillis()) / 1000.0, rules);
	}

	private static int sum(Map<String, Integer> counts, String suffix) {
		return counts.entrySet().stream().filter(e -> e.getKey().endsWith(suffix)).mapToInt(Map.Entry::getValue).sum();
	}

	/** A rule's figure. */
	record RuleLine(String id, String label, long due, long held) {
	}

	/** A sweep of the journal. */
	record JournalLine(java.time.Instant startedAt, String status, int subjects, int errors, int resumed,
			@Nullable Double seconds, List<JournalRule> rules) {
	}

	/** What a sweep did under one rule (records). */
	record JournalRule(String label, int clocks, int erased, int anonymised, int kept, int errors) {
	}

}
