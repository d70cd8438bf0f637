package fr.integrance.platform.web;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import fr.integrance.platform.MutualProperties;

/** What every page's layout reads: the mutual's name from configuration. */
@ControllerAdvice
class LayoutModelAdvice {

	private final MutualProperties mutual;

	LayoutModelAdvice(MutualProperties mutual) {
		this.mutual = mutual;
	}

	@ModelAttribute("mutual")
	MutualProperties mutual() {
		return mutual;
	}

}
