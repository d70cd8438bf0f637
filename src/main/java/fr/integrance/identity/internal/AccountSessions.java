package fr.integrance.identity.internal;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

import fr.integrance.identity.AccountId;
import fr.integrance.identity.internal.SecurityJournal.SessionEndReason;

/**
 * The sessions of an account, in the session store (Spring Session JDBC, indexed by the
 * account id as principal name). A page never shows a session id — it is the bearer
 * secret — only an opaque reference derived from it.
 */
@Component
public class AccountSessions {

	private final FindByIndexNameSessionRepository<? extends Session> sessions;

	private final SecurityJournal journal;

	AccountSessions(FindByIndexNameSessionRepository<? extends Session> sessions, SecurityJournal journal) {
		this.sessions = sessions;
		this.journal = journal;
	}

	/** One session of the account, as listed on "my sessions". */
	public record SessionView(String reference, Instant startedAt, Instant lastActiveAt, boolean current) {
	}

	/** The account's sessions, the current one first, then the most recently active. */
	public List<SessionView> list(AccountId account, String currentSessionId) {
		return find(account).values()
			.stream()
			.map(session -> new SessionView(reference(session.getId()), startedAt(session), lastActiveAt(session),
					session.getId().equals(currentSessionId)))
			.sorted(Comparator.comparing(SessionView::current)
				.reversed()
				.thenComparing(SessionView::lastActiveAt, Comparator.reverseOrder()))
			.toList();
	}

	/** Ends every session of the account but the current one; returns how many ended. */
	public int endOthers(AccountId account, String currentSessionId, SessionEndReason reason) {
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
	public int endAll(AccountId account, SessionEndReason reason) {
		return endOthers(account, null, reason);
	}

	/**
	 * Ends one of the account's other sessions.
	 * @return false when no other session of this account has that reference
	 */
	public boolean end(AccountId account, String reference, String currentSessionId) {
		for (String id : find(account).keySet()) {
			if (!id.equals(currentSessionId) && reference(id).equals(reference)) {
				sessions.deleteById(id);
				journal.sessionEnded(account, SessionEndReason.ENDED_BY_OWNER);
				return true;
			}
		}
		return false;
	}

	private Map<String, ? extends Session> find(AccountId account) {
		return sessions.findByPrincipalName(account.toString());
	}

	/**
	 * An opaque, stable reference of a session: a hash of its id, useless as a cookie.
	 */
	static String reference(String sessionId) {
		return AccountToken.hash("session:" + sessionId).substring(0, 32);
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
