package fr.integrance.identity.internal.web;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import fr.integrance.identity.CurrentUser;

/**
 * The identity pages show the navigation of the signed-in account's space, or the public
 * one.
 */
@ControllerAdvice(assignableTypes = { AccountController.class, SecondFactorEnrolmentController.class })
class IdentityPagesAdvice {

	private final CurrentUser currentUser;

	IdentityPagesAdvice(CurrentUser currentUser) {
		this.currentUser = currentUser;
	}

	@ModelAttribute("audience")
	String audience() {
		return currentUser.find().map(user -> user.role().audience().navigation()).orElse(null);
	}

}
