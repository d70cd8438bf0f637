package fr.integrance.identity.internal;

import java.io.IOException;
import java.util.Objects;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;

import fr.integrance.identity.AuthenticatedUser;
import fr.integrance.identity.SignInPages;

/**
 * After the password: starts the session's clock, then goes to the second step when one
 * is due, else to the page first asked for or the account's home.
 */
record LoginSuccessHandler(Authentications authentications, SignInPages pages) implements AuthenticationSuccessHandler {

	@Override
	public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) throws IOException {
		authentications.startSessionClock(request);
		if (authentication instanceof PendingSecondFactor pending) {
			response.sendRedirect(request.getContextPath() + pending.step().path(pages));
			return;
		}
		AuthenticatedUser user = (AuthenticatedUser) Objects.requireNonNull(authentication.getPrincipal());
		response.sendRedirect(authentications.target(request, response, user));
	}

}
