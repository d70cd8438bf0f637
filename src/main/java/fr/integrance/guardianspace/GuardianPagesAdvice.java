package fr.integrance.guardianspace;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import fr.integrance.identity.AuthenticatedUser;

/**
 * Every iTutelle page shows its space's navigation, with the link to manage the agents
 * for the organisation's administrators.
 */
@ControllerAdvice(basePackageClasses = GuardianPagesAdvice.class)
class GuardianPagesAdvice {

	@ModelAttribute("audience")
	String audience() {
		return GuardianSpaceConfiguration.SPACE.navigation();
	}

	@ModelAttribute("navManagesAgents")
	boolean managesAgents(AuthenticatedUser agent) {
		return agent.organisationAdministrator();
	}

}
