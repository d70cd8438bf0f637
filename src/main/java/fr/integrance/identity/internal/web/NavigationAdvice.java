package fr.integrance.identity.internal.web;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import fr.integrance.identity.AuthenticatedUser;
import fr.integrance.identity.CurrentUser;

/**
 * What the spaces' navigation needs on every page: whether to show the guardian agents
 * link.
 */
@ControllerAdvice
class NavigationAdvice {

	private final CurrentUser currentUser;

	NavigationAdvice(CurrentUser currentUser) {
		this.currentUser = currentUser;
	}

	@ModelAttribute("navManagesAgents")
	boolean managesAgents() {
		return currentUser.find().map(AuthenticatedUser::organisationAdministrator).orElse(false);
	}

}
