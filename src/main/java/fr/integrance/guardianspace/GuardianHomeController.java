package fr.integrance.guardianspace;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

import fr.integrance.identity.Audience;
import fr.integrance.identity.CurrentUser;

/** The guardian agent's home page. */
@Controller
class GuardianHomeController {

	static final String HOME_VIEW = "guardianspace/home";

	private final CurrentUser currentUser;

	GuardianHomeController(CurrentUser currentUser) {
		this.currentUser = currentUser;
	}

	@ModelAttribute("audience")
	String audience() {
		return Audience.GUARDIAN.navigation();
	}

	@GetMapping("/itutelle")
	String home(Model model) {
		model.addAttribute("managesAgents", currentUser.get().organisationAdministrator());
		return HOME_VIEW;
	}

}
