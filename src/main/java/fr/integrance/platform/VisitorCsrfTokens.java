package fr.integrance.platform;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.jspecify.annotations.Nullable;

import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;

/**
 * Where the CSRF token of a page lives: in the session when the visitor has one, in an
 * HttpOnly, SameSite cookie otherwise. A visitor who only reads the public site (a page
 * with the cookie banner's form, say) gets no database session for it; the form's token
 * is checked against the cookie (double submit). Once a session holds a signed-in
 * context, only the session's token counts: a cookie set by someone else (a sibling
 * domain, plain http) can never stand for a signed-in person's token. Signing in removes
 * both and starts a session token.
 */
public final class VisitorCsrfTokens implements CsrfTokenRepository {

	/** The same instance in every chain and in the sign-in strategy. */
	public static final VisitorCsrfTokens INSTANCE = new VisitorCsrfTokens();

	private static final String COOKIE = "CSRF-VISITEUR";

	private final HttpSessionCsrfTokenRepository session = new HttpSessionCsrfTokenRepository();

	private final CookieCsrfTokenRepository cookie = new CookieCsrfTokenRepository();

	private VisitorCsrfTokens() {
		cookie.setCookieName(COOKIE);
		cookie.setHeaderName("X-CSRF-TOKEN");
		cookie.setCookieCustomizer(customizer -> customizer.httpOnly(true).sameSite("Lax").path("/"));
	}

	@Override
	public CsrfToken generateToken(HttpServletRequest request) {
		return session.generateToken(request);
	}

	@Override
	public void saveToken(@Nullable CsrfToken token, HttpServletRequest request, HttpServletResponse response) {
		if (token == null) {
			session.saveToken(null, request, response);
			if (cookie.loadToken(request) != null) {
				cookie.saveToken(null, request, response);
			}
		}
		else if (request.getSession(false) != null) {
			session.saveToken(token, request, response);
		}
		else {
			cookie.saveToken(token, request, response);
		}
	}

	@Override
	public @Nullable CsrfToken loadToken(HttpServletRequest request) {
		HttpSession current = request.getSession(false);
		if (current != null) {
			CsrfToken token = session.loadToken(request);
			if (token != null || signedIn(current)) {
				return token;
			}
		}
		return cookie.loadToken(request);
	}

	private static boolean signedIn(HttpSession session) {
		return session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY) != null;
	}

}
