package fr.integrance.identity.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import lombok.RequiredArgsConstructor;

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
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.stereotype.Component;

import fr.integrance.identity.AuthenticatedUser;
import fr.integrance.identity.Spaces;
import fr.integrance.platform.VisitorCsrfTokens;

/**
 * Puts an authentication in place after a login step: a new session id (no fixation), a
 * new CSRF token, the context saved in the session shared by every chain, and the
 * session's clock started; and ends a login that can go no further.
 */
@Component
@RequiredArgsConstructor
class Authentications {

	/**
	 * The same repositories in every chain, so that a login made on the sign-in page
	 * counts in every space.
	 */
	static final SecurityContextRepository CONTEXT_REPOSITORY = new DelegatingSecurityContextRepository(
			new RequestAttributeSecurityContextRepository(), new HttpSessionSecurityContextRepository());

	static final RequestCache REQUEST_CACHE = new HttpSessionRequestCache();

	private final SecurityContextHolderStrategy holder = SecurityContextHolder.getContextHolderStrategy();

	private final CsrfAuthenticationStrategy csrf = new CsrfAuthenticationStrategy(VisitorCsrfTokens.INSTANCE);

	private final Clock clock;

	private final Spaces spaces;

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

	/** The login of this request, complete or waiting for its second factor. */
	Optional<Authentication> current() {
		return Optional.ofNullable(holder.getContext().getAuthentication())
			.filter(authentication -> authentication.getPrincipal() instanceof AuthenticatedUser);
	}

	/** The login waiting for its second factor in this request, if there is one. */
	Optional<PendingSecondFactor> pending() {
		return current().filter(PendingSecondFactor.class::isInstance).map(PendingSecondFactor.class::cast);
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

	/**
	 * Keeps the current authentication under a new session id (after a password change:
	 * whoever had the old id holds nothing now).
	 */
	void renew(HttpServletRequest request, HttpServletResponse response) {
		establish(Objects.requireNonNull(holder.getContext().getAuthentication(), "no authentication to renew"),
				request, response);
	}

	/** Ends the session and the login: it starts again from the password. */
	void end(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		if (session != null) {
			session.invalidate();
		}
		holder.clearContext();
	}

	/** Starts the idle and absolute lifetimes of a session at the password step. */
	void startSessionClock(HttpServletRequest request) {
		HttpSession session = request.getSession();
		session.setAttribute(SessionAttributes.AUTHENTICATED_AT, clock.instant());
		session.setAttribute(SessionAttributes.LAST_SEEN, clock.instant());
	}

	/** Where a complete login goes: the page first asked for, else the account's home. */
	String target(HttpServletRequest request, HttpServletResponse response, AuthenticatedUser user) {
		SavedRequest saved = REQUEST_CACHE.getRequest(request, response);
		String home = request.getContextPath() + spaces.of(user).homePath();
		return saved != null ? relative(saved.getRedirectUrl(), home) : home;
	}

	/**
	 * The path and query of the page first asked for, without its scheme and host: the
	 * saved address is built from the request's Host header, which anyone can forge.
	 */
	static String relative(String savedUrl, String fallback) {
		try {
			URI uri = new URI(savedUrl);
			String path = uri.getRawPath();
			if (path == null || !path.startsWith("/") || path.startsWith("//")) {
				return fallback;
			}
			return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
		}
		catch (URISyntaxException e) {
			return fallback;
		}
	}

}
