package fr.integrance.dpo.journal;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

import lombok.RequiredArgsConstructor;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;

import fr.integrance.audit.JournalIntegrity;
import fr.integrance.audit.JournalPage;
import fr.integrance.audit.JournalSearch;
import fr.integrance.platform.BadRequestException;
import fr.integrance.platform.FrenchDates;

/**
 * The audit journal for the DPO ({@code /dpo/journal}): entries newest first, 50 a page
 * (keyset: {@code avant} is the sequence the next page starts below), filtered by
 * subject, actor, action and period; a filter that cannot be read is shown back with its
 * error and no entry. Above them, the chain's last verification and the button to verify
 * it now. Entries show what the journal stores (ids, never a decrypted value).
 */
@Controller
@RequiredArgsConstructor
class JournalPageController {

	static final String VIEW = "dpo/journal/journal";

	static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy 'à' HH:mm:ss", Locale.FRENCH)
		.withZone(FrenchDates.FRANCE);

	private final JournalSearch search;

	private final JournalIntegrity integrity;

	@ModelAttribute("audience")
	String audience() {
		return "dpo";
	}

	@GetMapping("/dpo/journal")
	String journal(@ModelAttribute("filter") JournalFilter filter,
			@RequestParam(name = "avant", required = false) @Nullable Long before, Model model) {
		integrity.lastCheck().ifPresent(check -> {
			model.addAttribute("check", check);
			model.addAttribute("checkedAt", WHEN.format(check.at()));
		});
		model.addAttribute("when", WHEN);
		model.addAttribute("filtered", !filter.isEmpty());
		model.addAttribute("links", filter.forLinks());
		model.addAttribute("firstPage", before == null);
		if (before != null && before < 1) {
			throw new BadRequestException("a journal page starts below a sequence of at least 1");
		}
		JournalFilter.Reading reading = filter.read(before);
		if (reading instanceof JournalFilter.Valid valid) {
			JournalPage page = search.search(valid.query());
			model.addAttribute("page", page);
			model.addAttribute("errors", Map.of());
		}
		else if (reading instanceof JournalFilter.Invalid invalid) {
			model.addAttribute("errors", invalid.errors());
		}
		return VIEW;
	}

}
