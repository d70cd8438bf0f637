package fr.integrance.dpo;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/** The DPO's home page. */
@Controller
class DpoHomeController {

	static final String HOME_VIEW = "dpo/home";

	@ModelAttribute("audience")
	String audience() {
		return DpoConsoleConfiguration.SPACE.navigation();
	}

	@GetMapping("/dpo")
	String home() {
		return HOME_VIEW;
	}

}
