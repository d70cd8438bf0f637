package fr.integrance.identity.internal;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import lombok.RequiredArgsConstructor;

import org.jspecify.annotations.Nullable;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

import fr.integrance.identity.AccountId;
import fr.integrance.identity.AuthenticatedUser;
import fr.integrance.identity.SessionReference;
import fr.integrance.identity.SessionView;
import fr.integrance.identity.Sessions;
import fr.integrance.identity.UnknownSessionException;
import fr.integrance.identity.internal.SecurityJournal.SessionEndReason;

/**
 * The sessions of an account, in the session store (Spring Session JDBC, indexed by the
 * account id as principal name). A page never shows a session id — it is the bearer
 * secret — only an opaque reference derived from it.
 */
@Component
@RequiredArgsConstructor
class AccountSessions implements Sessions {

	private final FindByIndexNameSessionRepository<? extends Session> sessions;

	private final SecurityJournal journal;

	@Override
	public List<SessionView> list(AuthenticatedUser user, HttpServletRequest request) {
		String currentSessionId = request.getSession().getId();
		return find(user.accountId()).values()
			.stream()
			.map(session -> new SessionView(reference(session.getId()), startedAt(session), lastActiveAt(session),
					session.getId().equals(currentSessionId)))
			.sorted(Comparator.comparing(SessionView::current)
				.reversed()
				.thenComparing(SessionView::lastActiveAt, Comparator.reverseOrder()))
			.toList();
	}

	@Override
	public int endOthers(AuthenticatedUser user, HttpServletRequest request) {
		return endOthers(user.accountId(), request.getSession().getId(), SessionEndReason.ENDED_BY_OWNER);
	}

	@Override
	public void end(AuthenticatedUser user, SessionReference reference, HttpServletRequest request) {
		String currentSessionId = request.getSession().getId();
		String ended = find(user.accountId()).keySet()
			.stream()
			.filter(id -> !id.equals(currentSessionId) && reference(id).equals(reference))
			.findFirst()
			.orElseThrow(() -> new UnknownSessionException(reference));
		sessions.deleteById(ended);
		journal.sessionEnded(user.accountId(), SessionEndReason.ENDED_BY_OWNER);
	}

	/** Ends every session of the account but the current one; returns how many ended. */
	int endOthers(AccountId account, @Nullable String currentSessionId, SessionEndReason reason) {
		int ended = 0;
		for (String id : find(account).keySet()) {
			if (!id.equals(currentSessionId)) {
				sessions.deleteById(id);
				journal.sessionEnded(account, reason);
				ended++;
			}
		}
		return ended;
	}

	/** Ends every session of the account (disabled account, password reset). */
	int endAll(AccountId account, SessionEndReason reason) {
		return endOthers(account, null, reason);
	}

	private Map<String, ? extends Session> find(AccountId account) {
		return sessions.findByPrincipalName(account.toString());
	}

	/**
	 * An opaque, stable reference of a session: the first 128 bits of a hash of its id,
	 * useless as a cookie.
	 */
	static SessionReference reference(String sessionId) {
		String hash = AccountToken.hash("session:" + sessionId);
		return new SessionReference(new UUID(Long.parseUnsignedLong(hash.substring(0, 16), 16),
				Long.parseUnsignedLong(hash.substring(16, 32), 16)));
	}

	private static Instant startedAt(Session session) {
		Object value = session.getAttribute(SessionAttributes.AUTHENTICATED_AT);
		return value instanceof Instant instant ? instant : session.getCreationTime();
	}

	private static Instant lastActiveAt(Session session) {
		Object value = session.getAttribute(SessionAttributes.LAST_SEEN);
		return value instanceof Instant instant ? instant : session.getLastAccessedTime();
	}

}
