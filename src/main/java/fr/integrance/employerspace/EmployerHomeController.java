package fr.integrance.employerspace;

import java.util.UUID;

import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

import fr.integrance.contracts.GroupContracts;
import fr.integrance.identity.AuthenticatedUser;

/**
 * The employer representative's home page: the organisation's group contracts with their
 * staff categories and plans, its affiliates by state, the requests in progress and the
 * notices.
 */
@Controller
@RequiredArgsConstructor
class EmployerHomeController {

	static final String HOME_VIEW = "employerspace/home";

	private final GroupContracts groupContracts;

	private final AffiliateMovements movements;

	@ModelAttribute("audience")
	String audience() {
		return EmployerSpaceConfiguration.SPACE.navigation();
	}

	@GetMapping("/icollectif")
	String home(AuthenticatedUser user, Model model) {
		UUID organisation = AffiliatesController.organisation(user);
		model.addAttribute("contracts", groupContracts.ofOrganisation(organisation));
		model.addAttribute("counts", movements.counts(organisation));
		return HOME_VIEW;
	}

}
