package fr.integrance.breaches;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;

import org.junit.jupiter.api.Test;

import fr.integrance.breaches.BreachClock.State;
import fr.integrance.platform.FrenchDates;

/**
 * The 72-hour clock: 72 elapsed hours from awareness, weekends included, the time left in
 * whole hours and minutes, overdue once past without notification or recorded reasons,
 * and across the changes of legal time.
 */
class BreachClockTests {

	private static Instant paris(int year, int month, int day, int hour, int minute) {
		return LocalDateTime.of(year, month, day, hour, minute).atZone(FrenchDates.FRANCE).toInstant();
	}

	private static ZonedDateTime inParis(Instant instant) {
		return instant.atZone(FrenchDates.FRANCE);
	}

	@Test
	void awarenessOnFridayAtSixGivesMondayAtSix() {
		Instant friday = paris(2026, 12, 4, 18, 0);

		BreachClock clock = BreachClock.at(friday, friday, null, false);

		assertThat(inParis(clock.deadline()).toLocalDateTime()).isEqualTo(LocalDateTime.of(2026, 12, 7, 18, 0));
		assertThat(clock.deadlineInFrance().getDayOfWeek()).hasToString("MONDAY");
		assertThat(clock.state()).isEqualTo(State.RUNNING);
		assertThat(clock.hours()).isEqualTo(72);
		assertThat(clock.minutes()).isZero();
	}

	@Test
	void timeLeftIsInWholeHoursAndMinutes() {
		Instant friday = paris(2026, 12, 4, 18, 0);

		BreachClock saturday = BreachClock.at(paris(2026, 12, 5, 10, 15), friday, null, false);
		assertThat(saturday.state()).isEqualTo(State.RUNNING);
		assertThat(saturday.hours()).isEqualTo(55);
		assertThat(saturday.minutes()).isEqualTo(45);

		BreachClock lastSeconds = BreachClock.at(paris(2026, 12, 7, 17, 59).plusSeconds(30), friday, null, false);
		assertThat(lastSeconds.state()).isEqualTo(State.RUNNING);
		assertThat(lastSeconds.hours()).isZero();
		assertThat(lastSeconds.minutes()).isZero();

		BreachClock atTheDeadline = BreachClock.at(paris(2026, 12, 7, 18, 0), friday, null, false);
		assertThat(atTheDeadline.state()).isEqualTo(State.RUNNING);
	}

	@Test
	void pastTheDeadlineWithoutNotificationNorReasonsIsOverdue() {
		Instant friday = paris(2026, 12, 4, 18, 0);
		Instant tuesday = paris(2026, 12, 8, 20, 30);

		BreachClock clock = BreachClock.at(tuesday, friday, null, false);

		assertThat(clock.state()).isEqualTo(State.OVERDUE);
		assertThat(clock.overdue()).isTrue();
		assertThat(clock.pending()).isTrue();
		assertThat(clock.hours()).isEqualTo(26);
		assertThat(clock.minutes()).isEqualTo(30);
	}

	@Test
	void aNotificationOrRecordedReasonsStopTheClock() {
		Instant friday = paris(2026, 12, 4, 18, 0);
		Instant tuesday = paris(2026, 12, 8, 20, 30);

		BreachClock inTime = BreachClock.at(tuesday, friday, paris(2026, 12, 6, 9, 0), false);
		assertThat(inTime.state()).isEqualTo(State.NOTIFIED);
		assertThat(inTime.late()).isFalse();
		assertThat(inTime.pending()).isFalse();

		BreachClock late = BreachClock.at(tuesday, friday, paris(2026, 12, 8, 9, 0), false);
		assertThat(late.state()).isEqualTo(State.NOTIFIED);
		assertThat(late.late()).isTrue();

		BreachClock reasons = BreachClock.at(tuesday, friday, null, true);
		assertThat(reasons.state()).isEqualTo(State.NOT_NOTIFIED);
		assertThat(reasons.overdue()).isFalse();
	}

	@Test
	void acrossTheSpringChangeTheDeadlineReadsOneHourLater() {
		// Sunday 29 March 2026, 2:00 becomes 3:00 in Paris: 72 elapsed hours from Friday
		// 18:00 (UTC+1) end on Monday at 19:00 (UTC+2).
		Instant friday = paris(2026, 3, 27, 18, 0);

		BreachClock clock = BreachClock.at(friday, friday, null, false);

		assertThat(Duration.between(friday, clock.deadline())).isEqualTo(Duration.ofHours(72));
		assertThat(clock.deadlineInFrance().toLocalDateTime()).isEqualTo(LocalDateTime.of(2026, 3, 30, 19, 0));

		BreachClock sundayNoon = BreachClock.at(paris(2026, 3, 29, 12, 0), friday, null, false);
		// Friday 18:00 to Sunday 12:00 is 41 elapsed hours (one hour skipped): 31 left.
		assertThat(sundayNoon.hours()).isEqualTo(31);
		assertThat(sundayNoon.minutes()).isZero();
	}

	@Test
	void acrossTheAutumnChangeTheDeadlineReadsOneHourEarlier() {
		// Sunday 25 October 2026, 3:00 becomes 2:00 in Paris.
		Instant friday = paris(2026, 10, 23, 18, 0);

		BreachClock clock = BreachClock.at(friday, friday, null, false);

		assertThat(clock.deadlineInFrance().toLocalDateTime()).isEqualTo(LocalDateTime.of(2026, 10, 26, 17, 0));
		assertThat(Duration.between(friday, clock.deadline())).isEqualTo(Duration.ofHours(72));
	}

}
