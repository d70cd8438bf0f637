package fr.integrance.rights.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

import fr.integrance.IntegrationTest;
import fr.integrance.rights.ReceivedRightsRequest;
import fr.integrance.rights.RightsRequestStatus;
import fr.integrance.rights.RightsRequestSubmission;
import fr.integrance.rights.RightsRequests;

/**
 * Rights requests are stored RECEIVED with a due date one calendar month later (their
 * acknowledgement: {@code fr.integrance.rights.AcknowledgementFlowTests}).
 */
@IntegrationTest
class RightsRequestsTests {

	@Autowired
	RightsRequests rights;

	@Autowired
	ReceivedRequests stored;

	@Autowired
	MovableClock clock;

	@Test
	void requestIsStoredWithDueDateOneCalendarMonthLater() {
		clock.set(Instant.parse("2026-03-10T09:30:00Z"));

		ReceivedRightsRequest received = rights.receive(submission("access", "all", "alice@example.fr"));

		assertThat(received.reference()).matches("DDR-2026-\\d{6}");
		assertThat(received.dueDate()).isEqualTo(LocalDate.of(2026, 4, 10));
		RightsRequest row = stored.findByReference(received.reference()).orElseThrow();
		// The stored columns, read from the entity's fields: it has no getter for what
		// only a test reads.
		assertThat(row)
			.extracting("status", "rightId", "scope", "receivedAt", "dueDate", "requesterEmail", "memberNumber",
					"channel")
			// Nobody matches this requester (no such member number): staff must check.
			.containsExactly(RightsRequestStatus.IDENTITY_PENDING, "access", "all",
					Instant.parse("2026-03-10T09:30:00Z"), LocalDate.of(2026, 4, 10), "alice@example.fr", "A-2024-77",
					"WEBSITE");
	}

	@Test
	void thirtyFirstOfJanuaryIsDueOnTheLastDayOfFebruary() {
		clock.set(Instant.parse("2026-01-31T10:00:00Z"));
		assertThat(rights.receive(submission("erasure", "website-requests", "feb@example.fr")).dueDate())
			.isEqualTo(LocalDate.of(2026, 2, 28));

		clock.set(Instant.parse("2028-01-31T10:00:00Z"));
		assertThat(rights.receive(submission("erasure", "website-requests", "leap@example.fr")).dueDate())
			.isEqualTo(LocalDate.of(2028, 2, 29));
	}

	@Test
	void receiptDayIsTheDayInFrance() {
		// 23:30 UTC on 31 March is already 1 April in Paris (summer time): due 1 May, not
		// 30 April.
		clock.set(Instant.parse("2026-03-31T23:30:00Z"));
		assertThat(rights.receive(submission("rectification", "all", "late@example.fr")).dueDate())
			.isEqualTo(LocalDate.of(2026, 5, 1));
	}

	@Test
	void unknownRightOrProcessingIsRefused() {
		assertThatThrownBy(() -> rights.receive(submission("be-forgotten-forever", "all", "x@example.fr")))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> rights.receive(submission("access", "no-such-purpose", "x@example.fr")))
			.isInstanceOf(IllegalArgumentException.class);
	}

	private static RightsRequestSubmission submission(String right, String scope, String email) {
		return new RightsRequestSubmission(right, scope, "Je veux mes données", "Alice", "Martin", email, "A-2024-77",
				"fr");
	}

	/** A clock the test moves; replaces the application's for this context only. */
	static final class MovableClock extends Clock {

		private Instant now = Instant.parse("2026-01-01T00:00:00Z");

		void set(Instant instant) {
			this.now = instant;
		}

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return Clock.fixed(now, zone);
		}

		@Override
		public Instant instant() {
			return now;
		}

	}

	@TestConfiguration
	static class ClockConfiguration {

		@Bean
		@Primary
		MovableClock movableClock() {
			return new MovableClock();
		}

	}

}
