package fr.integrance.rights.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import fr.integrance.rights.IdentityState;
import fr.integrance.rights.RightsChannel;
import fr.integrance.rights.RightsDeskException;
import fr.integrance.rights.RightsRequestStatus;
import fr.integrance.rights.RightsRequestSubmission;

/**
 * The request guards its lifecycle: the moves allowed, the extension (once, in progress,
 * before the first month ends, with reasons), days left and overdue, and the reminders at
 * D-7, D-2 and overdue once per due date, all from the instant given (clock moved).
 */
class RightsRequestLifecycleTests {

	private static final String STAFF = "ACCOUNT:" + UUID.randomUUID();

	/** 31 January 2026, 10:00 in Paris. */
	private static final Instant RECEIVED = Instant.parse("2026-01-31T09:00:00Z");

	@Test
	void dueOneCalendarMonthLaterOrTheLastDayOfTheShorterMonth() {
		assertThat(JpaRightsRequests.dueDate(RECEIVED)).isEqualTo(LocalDate.of(2026, 2, 28));
		assertThat(JpaRightsRequests.dueDate(Instant.parse("2028-01-31T09:00:00Z")))
			.isEqualTo(LocalDate.of(2028, 2, 29));
	}

	@Test
	void movesFollowTheLifecycle() {
		RightsRequest request = request();
		assertThatThrownBy(() -> request.move(RightsRequestStatus.ANSWERED, "answered", STAFF, null, RECEIVED))
			.isInstanceOf(RightsDeskException.class);
		request.unmatched("SYSTEM:rights-identity", RECEIVED);
		assertThat(request.identityState()).isEqualTo(IdentityState.UNMATCHED);
		request.linkedByStaff("PERSON:" + UUID.randomUUID(), true, STAFF, "vu", RECEIVED);
		assertThat(request.status()).isEqualTo(RightsRequestStatus.IN_PROGRESS);
		request.move(RightsRequestStatus.ANSWERED, "answered", STAFF, null, RECEIVED.plusSeconds(120));
		assertThat(request.closedAt()).isEqualTo(RECEIVED.plusSeconds(120));
		assertThatThrownBy(() -> request.move(RightsRequestStatus.REFUSED, "refused", STAFF, "x", RECEIVED))
			.isInstanceOf(RightsDeskException.class);
	}

	@Test
	void extensionOnceBeforeTheFirstMonthEnds() {
		RightsRequest request = inProgress();
		Instant lastDay = Instant.parse("2026-02-28T20:00:00Z");
		assertThatThrownBy(() -> request.extend(" ", STAFF, lastDay)).isInstanceOf(RightsDeskException.class);
		request.extend("Dix ans d’archives", STAFF, lastDay);
		assertThat(request.status()).isEqualTo(RightsRequestStatus.EXTENDED);
		assertThat(request.effectiveDueDate()).isEqualTo(LocalDate.of(2026, 4, 30));
		assertThatThrownBy(() -> request.extend("encore", STAFF, lastDay)).isInstanceOf(RightsDeskException.class)
			.hasMessage("rightsdesk.error.extend.already");
		RightsRequest late = inProgress();
		assertThatThrownBy(() -> late.extend("tard", STAFF, Instant.parse("2026-02-28T23:30:00Z")))
			.isInstanceOf(RightsDeskException.class)
			.hasMessage("rightsdesk.error.extend.late");
	}

	@Test
	void remindersAtDMinus7DMinus2AndOverdueEachOnce() {
		RightsRequest request = inProgress();
		assertThat(request.reminderDue(Instant.parse("2026-02-20T09:00:00Z"))).isNull();
		assertThat(request.reminderDue(Instant.parse("2026-02-21T09:00:00Z"))).isEqualTo("d7");
		assertThat(request.reminderDue(Instant.parse("2026-02-21T15:00:00Z"))).isNull();
		assertThat(request.reminderDue(Instant.parse("2026-02-26T09:00:00Z"))).isEqualTo("d2");
		assertThat(request.reminderDue(Instant.parse("2026-02-27T09:00:00Z"))).isNull();
		assertThat(request.reminderDue(Instant.parse("2026-03-01T09:00:00Z"))).isEqualTo("overdue");
		assertThat(request.overdue(Instant.parse("2026-03-01T09:00:00Z"))).isTrue();
		assertThat(request.reminderDue(Instant.parse("2026-03-05T09:00:00Z"))).isNull();
	}

	@Test
	void theMedianTimeToAnswerIsTheMiddleValueOrTheMeanOfTheTwoMiddleOnes() {
		assertThat(JpaRightsDesk.median(List.of())).isEmpty();
		assertThat(JpaRightsDesk.median(List.of(30.0, 2.0, 9.0))).contains(9.0);
		assertThat(JpaRightsDesk.median(List.of(12.0, 1.0, 28.0, 3.0))).contains(7.5);
	}

	private static RightsRequest request() {
		return new RightsRequest(UUID.randomUUID(), "DDR-2026-000001",
				new RightsRequestSubmission("access", "all", null, "Alice", "Martin", "typed@example.fr", null, "fr"),
				RightsChannel.WEBSITE, RECEIVED, JpaRightsRequests.dueDate(RECEIVED));
	}

	private static RightsRequest inProgress() {
		RightsRequest request = request();
		request.linkedByStaff("PERSON:" + UUID.randomUUID(), false, STAFF, null, RECEIVED);
		return request;
	}

}
