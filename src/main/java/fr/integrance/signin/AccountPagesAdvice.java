package fr.integrance.signin;

import java.util.Optional;

import lombok.RequiredArgsConstructor;

import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import fr.integrance.identity.AuthenticatedUser;
import fr.integrance.identity.Spaces;

/**
 * One's own account pages show the navigation of the signed-in account's space (nothing
 * of a space while a login still waits for its second factor).
 */
@ControllerAdvice(assignableTypes = { AccountController.class, SecondFactorEnrolmentController.class })
@RequiredArgsConstructor
class AccountPagesAdvice {

	private final Spaces spaces;

	@ModelAttribute("audience")
	@Nullable String audience(Optional<AuthenticatedUser> user) {
		return user.map(signedIn -> spaces.of(signedIn).navigation()).orElse(null);
	}

	/**
	 * Whether the space's navigation shows the link to manage the organisation's agents.
	 */
	@ModelAttribute("navManagesAgents")
	boolean managesAgents(Optional<AuthenticatedUser> user) {
		return user.map(AuthenticatedUser::organisationAdministrator).orElse(false);
	}

}
