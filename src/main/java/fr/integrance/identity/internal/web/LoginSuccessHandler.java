package fr.integrance.identity.internal.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;

import fr.integrance.identity.AuthenticatedUser;

/**
 * After the password: starts the session's clock, then goes to the second step when one
 * is due, else to the page first asked for or the account's home.
 */
class LoginSuccessHandler implements AuthenticationSuccessHandler {

	private final Authentications authentications;

	LoginSuccessHandler(Authentications authentications) {
		this.authentications = authentications;
	}

	@Override
	public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) throws IOException {
		authentications.startSessionClock(request);
		if (authentication instanceof PendingSecondFactor pending) {
			response.sendRedirect(request.getContextPath() + pending.step().path());
			return;
		}
		AuthenticatedUser user = (AuthenticatedUser) authentication.getPrincipal();
		response.sendRedirect(Authentications.target(request, response, user));
	}

}
