package fr.integrance.identity.internal.web;

import java.time.Clock;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.CsrfAuthenticationStrategy;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.stereotype.Component;

import fr.integrance.identity.AuthenticatedUser;
import fr.integrance.identity.internal.SessionAttributes;

/**
 * Puts an authentication in place after a login step: a new session id (no fixation), a
 * new CSRF token, the context saved in the session shared by every chain, and the
 * session's clock started.
 */
@Component
class Authentications {

	/**
	 * The same repositories in every chain, so that a login made at /connexion counts in
	 * /iadherent.
	 */
	static final SecurityContextRepository CONTEXT_REPOSITORY = new DelegatingSecurityContextRepository(
			new RequestAttributeSecurityContextRepository(), new HttpSessionSecurityContextRepository());

	static final RequestCache REQUEST_CACHE = new HttpSessionRequestCache();

	private final SecurityContextHolderStrategy holder = SecurityContextHolder.getContextHolderStrategy();

	private final CsrfAuthenticationStrategy csrf = new CsrfAuthenticationStrategy(
			new HttpSessionCsrfTokenRepository());

	private final Clock clock;

	Authentications(Clock clock) {
		this.clock = clock;
	}

	/** The authentication of a complete login: the authorities of the account's role. */
	static Authentication complete(AuthenticatedUser user) {
		List<SimpleGrantedAuthority> authorities = user.role()
			.authorities(user.organisationAdministrator())
			.stream()
			.sorted()
			.map(SimpleGrantedAuthority::new)
			.toList();
		return UsernamePasswordAuthenticationToken.authenticated(user, null, authorities);
	}

	/** Replaces the current authentication (second step done) with a new session id. */
	void establish(Authentication authentication, HttpServletRequest request, HttpServletResponse response) {
		request.changeSessionId();
		csrf.onAuthentication(authentication, request, response);
		SecurityContext context = holder.createEmptyContext();
		context.setAuthentication(authentication);
		holder.setContext(context);
		CONTEXT_REPOSITORY.saveContext(context, request, response);
	}

	/** Starts the idle and absolute lifetimes of a session at the password step. */
	void startSessionClock(HttpServletRequest request) {
		HttpSession session = request.getSession();
		session.setAttribute(SessionAttributes.AUTHENTICATED_AT, clock.instant());
		session.setAttribute(SessionAttributes.LAST_SEEN, clock.instant());
	}

	/** Where a complete login goes: the page first asked for, else the account's home. */
	static String target(HttpServletRequest request, HttpServletResponse response, AuthenticatedUser user) {
		SavedRequest saved = REQUEST_CACHE.getRequest(request, response);
		return saved != null ? saved.getRedirectUrl() : request.getContextPath() + user.role().audience().homePath();
	}

}
