package fr.integrance.dpo;

import java.time.format.DateTimeFormatter;
import java.util.Locale;

import lombok.RequiredArgsConstructor;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import fr.integrance.audit.JournalCheck;
import fr.integrance.audit.JournalIntegrity;
import fr.integrance.breaches.Breaches;
import fr.integrance.platform.FrenchDates;

/**
 * The DPO's home page, with the state of the audit journal (the last verification: when,
 * intact or where it breaks and why) and a button to verify it now.
 */
@Controller
@RequiredArgsConstructor
class DpoHomeController {

	static final String HOME_VIEW = "dpo/home";

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM yyyy 'à' HH:mm:ss", Locale.FRENCH)
		.withZone(FrenchDates.FRANCE);

	private final JournalIntegrity integrity;

	private final Breaches breaches;

	@ModelAttribute("audience")
	String audience() {
		return DpoConsoleConfiguration.SPACE.navigation();
	}

	@GetMapping("/dpo")
	String home(Model model) {
		integrity.lastCheck().ifPresent(check -> {
			model.addAttribute("journal", check);
			model.addAttribute("journalCheckedAt", WHEN.format(check.at()));
		});
		model.addAttribute("openBreaches", breaches.open());
		return HOME_VIEW;
	}

	@PostMapping("/dpo/journal/verification")
	String verifyJournal(@RequestParam(name = "retour", required = false) @Nullable String back,
			RedirectAttributes redirect) {
		JournalCheck check = integrity.verifyNow();
		redirect.addFlashAttribute("journalVerified", check.ok());
		// Back to the journal page when the button was pressed there; any other value is
		// ignored (no open redirect).
		return "journal".equals(back) ? "redirect:/dpo/journal" : "redirect:/dpo";
	}

}
