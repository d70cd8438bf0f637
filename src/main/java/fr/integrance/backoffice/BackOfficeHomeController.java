package fr.integrance.backoffice;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The homes of the back office: the staff's, and the administrators'. */
@Controller
class BackOfficeHomeController {

	static final String HOME_VIEW = "backoffice/home";

	static final String ADMINISTRATION_HOME_VIEW = "backoffice/admin/home";

	@GetMapping("/gestion")
	String home() {
		return HOME_VIEW;
	}

	@GetMapping("/gestion/admin")
	String administrationHome() {
		return ADMINISTRATION_HOME_VIEW;
	}

}
