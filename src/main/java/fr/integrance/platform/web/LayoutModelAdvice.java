package fr.integrance.platform.web;

import lombok.RequiredArgsConstructor;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import fr.integrance.platform.MutualProperties;

/** What every page's layout reads: the mutual's name from configuration. */
@ControllerAdvice
@RequiredArgsConstructor
class LayoutModelAdvice {

	private final MutualProperties mutual;

	@ModelAttribute("mutual")
	MutualProperties mutual() {
		return mutual;
	}

}
