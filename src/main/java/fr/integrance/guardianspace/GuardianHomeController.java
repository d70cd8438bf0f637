package fr.integrance.guardianspace;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import fr.integrance.identity.AuthenticatedUser;

/** The guardian agent's home page. */
@Controller
class GuardianHomeController {

	static final String HOME_VIEW = "guardianspace/home";

	@GetMapping("/itutelle")
	String home(AuthenticatedUser agent, Model model) {
		model.addAttribute("managesAgents", agent.organisationAdministrator());
		return HOME_VIEW;
	}

}
