package fr.integrance.employerspace;

import java.util.Optional;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import fr.integrance.identity.AuthenticatedUser;

/**
 * iCollectif's navigation shows « Accès API » to the organisation's administrator
 * representatives only (the same model attribute as the account pages', which show the
 * space's navigation too).
 */
@ControllerAdvice(basePackageClasses = EmployerPagesAdvice.class)
class EmployerPagesAdvice {

	@ModelAttribute("navManagesAgents")
	boolean administersOrganisation(Optional<AuthenticatedUser> user) {
		return user.map(AuthenticatedUser::organisationAdministrator).orElse(false);
	}

}
