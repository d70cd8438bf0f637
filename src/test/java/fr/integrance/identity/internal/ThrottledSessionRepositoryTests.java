package fr.integrance.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.jupiter.api.Test;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.MapSession;
import org.springframework.session.MapSessionRepository;

/**
 * The session's last access is written only once it is staler than the granularity, so
 * that a request does not rewrite its session's row only to move that time.
 */
class ThrottledSessionRepositoryTests {

	@org.junit.jupiter.api.AfterEach
	void endOfRequest() {
		ThrottledSessionRepository.endOfRequest();
	}

	@Test
	void theLastAccessMovesOnlyOnceStalerThanTheGranularity() {
		CountingStore store = new CountingStore();
		ThrottledSessionRepository sessions = new ThrottledSessionRepository(store);
		ThrottledSessionRepository.ThrottledSession session = sessions.createSession();
		Instant start = Instant.parse("2026-12-06T09:00:00Z");
		session.setLastAccessedTime(start);
		sessions.save(session);

		ThrottledSessionRepository.ThrottledSession again = sessions.findById(session.getId());
		again.setLastAccessedTime(start.plusSeconds(9));
		assertThat(again.getLastAccessedTime()).isEqualTo(start);

		again.setLastAccessedTime(start.plus(ThrottledSessionRepository.LAST_ACCESS_GRANULARITY));
		assertThat(again.getLastAccessedTime()).isEqualTo(start.plusSeconds(10));

		again.setAttribute("k", "v");
		sessions.save(again);
		assertThat(sessions.findById(session.getId()).<String>getAttribute("k")).isEqualTo("v");
		assertThat(sessions.findByIndexNameAndIndexValue(FindByIndexNameSessionRepository.PRINCIPAL_NAME_INDEX_NAME,
				"nobody"))
			.isEmpty();

		sessions.deleteById(session.getId());
		assertThat(sessions.findById(session.getId())).isNull();
	}

	@Test
	void theSessionJustSavedIsAnsweredOnceWithoutASecondReadAndForgottenAtTheEndOfTheRequest() {
		CountingStore store = new CountingStore();
		ThrottledSessionRepository sessions = new ThrottledSessionRepository(store);
		ThrottledSessionRepository.ThrottledSession session = sessions.createSession();
		session.setAttribute("k", "v");
		sessions.save(session);

		// the session filter's check after its save: no read of the store
		assertThat(sessions.findById(session.getId())).isSameAs(session);
		assertThat(store.reads).isZero();
		// asked again: read from the store
		assertThat(sessions.findById(session.getId()).<String>getAttribute("k")).isEqualTo("v");
		assertThat(store.reads).isEqualTo(1);

		// another id is never answered with the session saved
		sessions.save(session);
		assertThat(sessions.findById("another")).isNull();
		assertThat(store.reads).isEqualTo(2);

		// the request ends: its session is not kept for the thread's next request
		sessions.save(session);
		ThrottledSessionRepository.endOfRequest();
		assertThat(sessions.findById(session.getId())).isNotSameAs(session);
		assertThat(store.reads).isEqualTo(3);

		// a deleted session is not answered either
		sessions.save(session);
		sessions.deleteById(session.getId());
		assertThat(sessions.findById(session.getId())).isNull();
	}

	@Test
	void aClockGoingBackIsFollowed() {
		ThrottledSessionRepository sessions = new ThrottledSessionRepository(new CountingStore());
		ThrottledSessionRepository.ThrottledSession session = sessions.createSession();
		Instant start = Instant.parse("2026-12-06T09:00:00Z");
		session.setLastAccessedTime(start);

		session.setLastAccessedTime(start.minusSeconds(1));

		assertThat(session.getLastAccessedTime()).isEqualTo(start.minusSeconds(1));
	}

	/** An in-memory store with the principal index the JDBC one has. */
	static final class CountingStore implements FindByIndexNameSessionRepository<MapSession> {

		private final Map<String, org.springframework.session.Session> map = new ConcurrentHashMap<>();

		private final MapSessionRepository delegate = new MapSessionRepository(map);

		int reads;

		@Override
		public MapSession createSession() {
			return delegate.createSession();
		}

		@Override
		public void save(MapSession session) {
			delegate.save(session);
		}

		@Override
		public MapSession findById(String id) {
			reads++;
			return delegate.findById(id);
		}

		@Override
		public void deleteById(String id) {
			delegate.deleteById(id);
		}

		@Override
		public Map<String, MapSession> findByIndexNameAndIndexValue(String indexName, String indexValue) {
			return Map.of();
		}

	}

}
