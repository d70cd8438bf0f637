package fr.integrance.identity.internal.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;

import fr.integrance.identity.internal.SessionAttributes;

/**
 * Sends a visitor to {@code /connexion}, saying so when their session has just expired.
 */
class IdentityEntryPoint extends LoginUrlAuthenticationEntryPoint {

	static final String LOGIN_PAGE = "/connexion";

	IdentityEntryPoint() {
		super(LOGIN_PAGE);
	}

	@Override
	protected String determineUrlToUseForThisRequest(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) {
		return request.getAttribute(SessionAttributes.SESSION_ENDED) != null ? LOGIN_PAGE + "?expiree" : LOGIN_PAGE;
	}

}
