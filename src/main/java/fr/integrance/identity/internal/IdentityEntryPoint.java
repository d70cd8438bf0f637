package fr.integrance.identity.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;

import fr.integrance.identity.SignInPages;

/**
 * Sends a visitor to the sign-in page, saying so when their session has just expired.
 */
class IdentityEntryPoint extends LoginUrlAuthenticationEntryPoint {

	private final SignInPages pages;

	IdentityEntryPoint(SignInPages pages) {
		super(pages.signIn());
		this.pages = pages;
		// A relative Location: never built from the request's Host header, which anyone
		// can forge (Host: evil.example would send the visitor to evil.example).
		setFavorRelativeUris(true);
	}

	@Override
	protected String determineUrlToUseForThisRequest(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) {
		return request.getAttribute(SessionAttributes.SESSION_ENDED) != null ? pages.sessionExpired() : pages.signIn();
	}

}
