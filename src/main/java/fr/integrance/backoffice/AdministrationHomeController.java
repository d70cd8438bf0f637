package fr.integrance.backoffice;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The administrator's home page. */
@Controller
class AdministrationHomeController {

	static final String HOME_VIEW = "backoffice/admin/home";

	@GetMapping("/gestion/admin")
	String home() {
		return HOME_VIEW;
	}

}
