package fr.integrance.website;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The public pages that hold no form: the home page and the legal notice. */
@Controller
class PublicPagesController {

	static final String HOME_VIEW = "website/home";
	static final String LEGAL_NOTICE_VIEW = "website/mentions-legales";

	@GetMapping("/")
	String home() {
		return HOME_VIEW;
	}

	@GetMapping("/mentions-legales")
	String legalNotice() {
		return LEGAL_NOTICE_VIEW;
	}

}
