package fr.integrance.identity.internal;

import java.io.IOException;
import java.time.Instant;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import lombok.RequiredArgsConstructor;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

import fr.integrance.identity.AuthenticatedUser;
import fr.integrance.identity.internal.SecurityJournal.SessionEndReason;

/**
 * Runs between the session store's filter and Spring Security, on every path (the public
 * site too, so that it does not show a signed-in menu for a dead session): ends a
 * signed-in session that is idle too long, too old, or whose account changed, before any
 * chain reads it. Static files are skipped: they neither need nor prolong a session.
 */
@RequiredArgsConstructor
class SessionPolicyFilter extends OncePerRequestFilter {

	private final SessionPolicy policy;

	private final SecurityJournal journal;

	/**
	 * How stale the recorded last activity may be: the idle timeout is precise to this
	 * much.
	 */
	static final java.time.Duration LAST_SEEN_GRANULARITY = java.time.Duration.ofSeconds(10);

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return path.startsWith("/css/") || path.startsWith("/img/") || path.startsWith("/js/")
				|| path.startsWith("/webjars/") || path.equals("/favicon.ico") || path.startsWith("/actuator/");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		HttpSession session = request.getSession(false);
		AuthenticatedUser user = session == null ? null : principal(session);
		if (user != null) {
			Instant now = policy.now();
			Optional<SessionEndReason> end = policy.check(user, instant(session, SessionAttributes.AUTHENTICATED_AT),
					instant(session, SessionAttributes.LAST_SEEN), now);
			if (end.isPresent()) {
				session.invalidate();
				journal.sessionEnded(user.accountId(), end.get());
				request.setAttribute(SessionAttributes.SESSION_ENDED, end.get());
			}
			else if (lastSeenIsStale(instant(session, SessionAttributes.LAST_SEEN), now)) {
				session.setAttribute(SessionAttributes.LAST_SEEN, now);
			}
		}
		chain.doFilter(request, response);
	}

	/**
	 * Whether the last activity must be written again. Within
	 * {@link #LAST_SEEN_GRANULARITY} it is not: a page and its follow-ups (or fifty
	 * requests of one screen) would otherwise each write the session's attributes to the
	 * database, for an idle timeout counted in minutes.
	 */
	static boolean lastSeenIsStale(@Nullable Instant lastSeen, Instant now) {
		return lastSeen == null || !now.isBefore(lastSeen.plus(LAST_SEEN_GRANULARITY));
	}

	private static @Nullable AuthenticatedUser principal(HttpSession session) {
		Object context = session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
		if (context instanceof SecurityContext securityContext) {
			Authentication authentication = securityContext.getAuthentication();
			if (authentication != null && authentication.getPrincipal() instanceof AuthenticatedUser user) {
				return user;
			}
		}
		return null;
	}

	private static @Nullable Instant instant(HttpSession session, String name) {
		return session.getAttribute(name) instanceof Instant instant ? instant : null;
	}

}
