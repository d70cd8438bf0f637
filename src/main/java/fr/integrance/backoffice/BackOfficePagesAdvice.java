package fr.integrance.backoffice;

import lombok.RequiredArgsConstructor;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import fr.integrance.identity.AuthenticatedUser;
import fr.integrance.identity.Spaces;

/**
 * Every back-office page shows the navigation of the signed-in account's space: staff on
 * the staff pages, administrators on the administration pages (the chain lets each reach
 * only their own).
 */
@ControllerAdvice(basePackageClasses = BackOfficePagesAdvice.class)
@RequiredArgsConstructor
class BackOfficePagesAdvice {

	private final Spaces spaces;

	@ModelAttribute("audience")
	String audience(AuthenticatedUser user) {
		return spaces.of(user).navigation();
	}

}
