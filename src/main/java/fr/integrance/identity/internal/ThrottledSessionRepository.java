package fr.integrance.identity.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;

/**
 * The session store, but a session's last access is written at most every
 * {@link #LAST_ACCESS_GRANULARITY} instead of at every request.
 * <p>
 * The store otherwise rewrites the session's row at the end of every request only to move
 * its last access time: a database write (and a commit) per page, and, when several
 * requests of one session run at once, a queue on that one row. The idle timeout that
 * matters is the session policy's ({@link SessionPolicyFilter}, precise to the same
 * granularity); the store's own expiry, here up to that much earlier, only cleans up.
 * <p>
 * And a session is read once per request, not twice: the session filter, once it has
 * saved the session at the end of a request, asks the store for it again only to learn
 * whether the requested id is still valid (a {@code BEGIN}, the select of the session and
 * its attributes, a {@code COMMIT}); the session this thread has just saved is answered
 * instead. {@link #endOfRequest()} forgets it when the request is over, so that it never
 * serves another request.
 * <p>
 * Its reads run without a transaction ({@link SessionStoreTransactions}): one select,
 * without a {@code BEGIN} and a {@code COMMIT} around it.
 */
final class ThrottledSessionRepository
		implements FindByIndexNameSessionRepository<ThrottledSessionRepository.ThrottledSession>, DisposableBean {

	/** How stale the stored last access may be. */
	static final Duration LAST_ACCESS_GRANULARITY = SessionPolicyFilter.LAST_SEEN_GRANULARITY;

	/** The session this thread saved last, until it is asked for or the request ends. */
	private static final ThreadLocal<ThrottledSession> justSaved = new ThreadLocal<>();

	private final FindByIndexNameSessionRepository<Session> delegate;

	@SuppressWarnings("unchecked") // the store's session type is private to it: it only
									// gets back what it made
	ThrottledSessionRepository(FindByIndexNameSessionRepository<? extends Session> delegate) {
		this.delegate = (FindByIndexNameSessionRepository<Session>) delegate;
	}

	/** Forgets the session this thread saved: its request is over. */
	static void endOfRequest() {
		justSaved.remove();
	}

	/** Stops the store's clean-up of expired sessions with the application. */
	@Override
	public void destroy() throws Exception {
		if (delegate instanceof DisposableBean disposable) {
			disposable.destroy();
		}
	}

	@Override
	public ThrottledSession createSession() {
		return new ThrottledSession(delegate.createSession());
	}

	@Override
	public void save(ThrottledSession session) {
		delegate.save(session.stored);
		justSaved.set(session);
	}

	@Override
	public @Nullable ThrottledSession findById(String id) {
		ThrottledSession saved = justSaved.get();
		justSaved.remove();
		if (saved != null && saved.getId().equals(id)) {
			return saved;
		}
		Session found = SessionStoreTransactions.reading(() -> delegate.findById(id));
		return found == null ? null : new ThrottledSession(found);
	}

	@Override
	public void deleteById(String id) {
		justSaved.remove();
		delegate.deleteById(id);
	}

	@Override
	public Map<String, ThrottledSession> findByIndexNameAndIndexValue(String indexName, String indexValue) {
		Map<String, ThrottledSession> found = new LinkedHashMap<>();
		SessionStoreTransactions.reading(() -> delegate.findByIndexNameAndIndexValue(indexName, indexValue))
			.forEach((id, session) -> found.put(id, new ThrottledSession(session)));
		return found;
	}

	/** A stored session whose last access moves only when it is stale. */
	static final class ThrottledSession implements Session {

		private final Session stored;

		ThrottledSession(Session stored) {
			this.stored = stored;
		}

		@Override
		public void setLastAccessedTime(Instant lastAccessedTime) {
			Instant recorded = stored.getLastAccessedTime();
			if (lastAccessedTime.isBefore(recorded)
					|| !lastAccessedTime.isBefore(recorded.plus(LAST_ACCESS_GRANULARITY))) {
				stored.setLastAccessedTime(lastAccessedTime);
			}
		}

		@Override
		public String getId() {
			return stored.getId();
		}

		@Override
		public String changeSessionId() {
			return stored.changeSessionId();
		}

		@Override
		public <T> @Nullable T getAttribute(String attributeName) {
			return stored.getAttribute(attributeName);
		}

		@Override
		public Set<String> getAttributeNames() {
			return stored.getAttributeNames();
		}

		@Override
		public void setAttribute(String attributeName, @Nullable Object attributeValue) {
			stored.setAttribute(attributeName, attributeValue);
		}

		@Override
		public void removeAttribute(String attributeName) {
			stored.removeAttribute(attributeName);
		}

		@Override
		public Instant getCreationTime() {
			return stored.getCreationTime();
		}

		@Override
		public Instant getLastAccessedTime() {
			return stored.getLastAccessedTime();
		}

		@Override
		public void setMaxInactiveInterval(Duration interval) {
			stored.setMaxInactiveInterval(interval);
		}

		@Override
		public Duration getMaxInactiveInterval() {
			return stored.getMaxInactiveInterval();
		}

		@Override
		public boolean isExpired() {
			return stored.isExpired();
		}

	}

}
