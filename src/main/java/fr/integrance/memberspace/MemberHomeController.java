package fr.integrance.memberspace;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/** The member's home page. */
@Controller
class MemberHomeController {

	static final String HOME_VIEW = "memberspace/home";

	@ModelAttribute("audience")
	String audience() {
		return MemberSpaceConfiguration.SPACE.navigation();
	}

	@GetMapping("/iadherent")
	String home() {
		return HOME_VIEW;
	}

}
