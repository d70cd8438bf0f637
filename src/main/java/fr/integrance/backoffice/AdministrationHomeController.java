package fr.integrance.backoffice;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/** The administrator's home page. */
@Controller
class AdministrationHomeController {

	static final String HOME_VIEW = "backoffice/admin/home";

	@ModelAttribute("audience")
	String audience() {
		return BackOfficeConfiguration.ADMINISTRATION.navigation();
	}

	@GetMapping("/gestion/admin")
	String home() {
		return HOME_VIEW;
	}

}
