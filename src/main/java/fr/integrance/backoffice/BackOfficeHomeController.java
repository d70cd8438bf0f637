package fr.integrance.backoffice;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

import fr.integrance.identity.Audience;

/** The staff's home page. */
@Controller
class BackOfficeHomeController {

	static final String HOME_VIEW = "backoffice/home";

	@ModelAttribute("audience")
	String audience() {
		return Audience.STAFF.navigation();
	}

	@GetMapping("/gestion")
	String home() {
		return HOME_VIEW;
	}

}
