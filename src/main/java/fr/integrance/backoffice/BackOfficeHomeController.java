package fr.integrance.backoffice;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/** The staff's home page. */
@Controller
class BackOfficeHomeController {

	static final String HOME_VIEW = "backoffice/home";

	@ModelAttribute("audience")
	String audience() {
		return BackOfficeConfiguration.STAFF.navigation();
	}

	@GetMapping("/gestion")
	String home() {
		return HOME_VIEW;
	}

}
