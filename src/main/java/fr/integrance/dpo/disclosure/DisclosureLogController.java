package fr.integrance.dpo.disclosure;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import lombok.RequiredArgsConstructor;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;

import fr.integrance.disclosure.Disclosures;
import fr.integrance.disclosure.LoggedDisclosure;
import fr.integrance.privacy.ProcessingRegister;
import fr.integrance.privacy.Register;

/**
 * The disclosure log as the DPO reads it ({@code /dpo/communications}): newest first,
 * filtered by recipient, paged; each line says when, to which recipient, for which
 * purpose and legal basis, which categories and fields, how many people and records,
 * under which requisition or transfer safeguard. No personal data: the log holds none.
 */
@Controller
@RequiredArgsConstructor
class DisclosureLogController {

	static final int PAGE_SIZE = 50;

	private final Disclosures disclosures;

	private final ProcessingRegister register;

	@ModelAttribute("audience")
	String audience() {
		return "dpo";
	}

	@GetMapping("/dpo/communications")
	String log(@RequestParam(name = "destinataire", required = false) @Nullable String recipient,
			@RequestParam(name = "page", defaultValue = "1") String pageParam, Model model, Locale locale) {
		Register current = register.current();
		String filter = recipient != null && current.recipient(recipient).isPresent() ? recipient : null;
		long total = disclosures.count(filter);
		int pages = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
		int page = Math.min(pages, Math.max(1, parse(pageParam)));
		List<Line> lines = disclosures.log(filter, page - 1, PAGE_SIZE)
			.stream()
			.map(logged -> line(current, logged, locale))
			.toList();
		model.addAttribute("recipients",
				current.recipients()
					.stream()
					.map(r -> new Option(r.id(), Register.text(r.label(), r.labelEn(), locale)))
					.toList());
		model.addAttribute("recipient", filter == null ? "" : filter);
		model.addAttribute("lines", lines);
		model.addAttribute("total", total);
		model.addAttribute("page", page);
		model.addAttribute("pages", pages);
		return "dpo/disclosure/log";
	}

	private static int parse(String page) {
		try {
			return Integer.parseInt(page.strip());
		}
		catch (NumberFormatException ex) {
			return 1;
		}
	}

	private static Line line(Register register, LoggedDisclosure logged, Locale locale) {
		String recipient = register.recipient(logged.recipient())
			.map(r -> Register.text(r.label(), r.labelEn(), locale))
			.orElse(logged.recipient());
		String purpose = register.purpose(logged.purpose())
			.map(p -> Register.text(p.label(), p.labelEn(), locale))
			.orElse(logged.purpose());
		String basis = register.legalBasis(logged.legalBasis())
			.map(b -> Register.text(b.label(), b.labelEn(), locale))
			.orElse(logged.legalBasis());
		String categories = logged.categories()
			.stream()
			.map(id -> register.dataCategory(id).map(c -> Register.text(c.label(), c.labelEn(), locale)).orElse(id))
			.collect(Collectors.joining(", "));
		String safeguard = logged.safeguard() == null ? null
				: register.transferSafeguard(logged.safeguard())
					.map(s -> Register.text(s.label(), s.labelEn(), locale))
					.orElse(logged.safeguard());
		return new Line(logged.at(), recipient, purpose, basis, categories, String.join(", ", logged.fields()),
				logged.subjects(), logged.records(), logged.requisition(), logged.country(), safeguard,
				logged.actor().toString().substring(0, 8));
	}

	/** A recipient of the filter. */
	record Option(String id, String label) {
	}

	/** A line of the log, its ids resolved to the register's labels. */
	record Line(Instant at, String recipient, String purpose, String legalBasis, String categories, String fields,
			int subjects, int records, @Nullable String requisition, @Nullable String country,
			@Nullable String safeguard, String actor) {
	}

}
