package fr.integrance.identity.internal;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

import fr.integrance.identity.internal.LoginService.PasswordOutcome;

/** The password step of {@code /connexion}, through {@link LoginService}. */
record PasswordLoginProvider(LoginService logins) implements AuthenticationProvider {

	@Override
	public Authentication authenticate(Authentication authentication) {
		String password = authentication.getCredentials() == null ? "" : authentication.getCredentials().toString();
		String source = authentication.getDetails() instanceof ClientSource client ? client.address() : "";
		PasswordOutcome outcome = logins.checkPassword(authentication.getName(), password, source);
		if (outcome instanceof PasswordOutcome.SignedIn signedIn) {
			return Authentications.complete(signedIn.user());
		}
		if (outcome instanceof PasswordOutcome.SecondFactorRequired code) {
			return new PendingSecondFactor(code.user(), PendingSecondFactor.Step.CODE);
		}
		if (outcome instanceof PasswordOutcome.EnrolmentRequired enrolment) {
			return new PendingSecondFactor(enrolment.user(), PendingSecondFactor.Step.ENROLMENT);
		}
		// One answer for every failure: unknown login, wrong password, locked or disabled
		// account.
		throw new BadCredentialsException("Bad credentials");
	}

	/**
	 * The only detail kept of the login request: the client address, for the throttles.
	 * It stays in the request: the authentication kept in the session is built anew.
	 */
	record ClientSource(String address) {
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

}
