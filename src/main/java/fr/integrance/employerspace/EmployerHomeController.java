package fr.integrance.employerspace;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/** The employer representative's home page. */
@Controller
class EmployerHomeController {

	static final String HOME_VIEW = "employerspace/home";

	@ModelAttribute("audience")
	String audience() {
		return EmployerSpaceConfiguration.SPACE.navigation();
	}

	@GetMapping("/icollectif")
	String home() {
		return HOME_VIEW;
	}

}
