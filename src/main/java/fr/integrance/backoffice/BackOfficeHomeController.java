package fr.integrance.backoffice;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The staff's home page. */
@Controller
class BackOfficeHomeController {

	static final String HOME_VIEW = "backoffice/home";

	@GetMapping("/gestion")
	String home() {
		return HOME_VIEW;
	}

}
