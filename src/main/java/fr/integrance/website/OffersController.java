package fr.integrance.website;

import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import fr.integrance.contracts.PlanCatalogue;

/**
 * {@code /offres}: the plans side by side, what each covers and its indicative price by
 * age.
 */
@Controller
@RequiredArgsConstructor
class OffersController {

	static final String VIEW = "website/offres";

	private final PlanCatalogue catalogue;

	@GetMapping("/offres")
	String offers(Model model) {
		model.addAttribute("catalogue", catalogue);
		return VIEW;
	}

}
