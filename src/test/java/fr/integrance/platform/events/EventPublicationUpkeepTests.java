package fr.integrance.platform.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.events.CompletedEventPublications;
import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.IncompleteEventPublications;

/**
 * An incomplete publication is resubmitted once it is {@code resubmit-after} old, then
 * after twice the wait at each attempt, at most a day apart.
 */
class EventPublicationUpkeepTests {

	static final Instant PUBLISHED = Instant.parse("2026-03-02T10:00:00Z");

	private final EventPublicationUpkeep upkeep = new EventPublicationUpkeep(mock(IncompleteEventPublications.class),
			mock(CompletedEventPublications.class), Clock.systemUTC(), Duration.ofMinutes(5), Duration.ofDays(30));

	private static EventPublication publication(int attempts, Instant lastResubmission) {
		EventPublication publication = mock(EventPublication.class);
		when(publication.getPublicationDate()).thenReturn(PUBLISHED);
		when(publication.getCompletionAttempts()).thenReturn(attempts);
		when(publication.getLastResubmissionDate()).thenReturn(lastResubmission);
		return publication;
	}

	@Test
	void aFreshPublicationIsLeftToTheNodeDeliveringIt() {
		assertThat(upkeep.isDue(publication(0, null), PUBLISHED.plusSeconds(299))).isFalse();
		assertThat(upkeep.isDue(publication(0, null), PUBLISHED.plusSeconds(300))).isTrue();
	}

	@Test
	void eachAttemptDoublesTheWaitUpToADay() {
		Instant resubmitted = PUBLISHED.plus(Duration.ofHours(1));
		assertThat(upkeep.isDue(publication(1, resubmitted), resubmitted.plus(Duration.ofMinutes(9)))).isFalse();
		assertThat(upkeep.isDue(publication(1, resubmitted), resubmitted.plus(Duration.ofMinutes(10)))).isTrue();
		assertThat(upkeep.isDue(publication(3, resubmitted), resubmitted.plus(Duration.ofMinutes(39)))).isFalse();
		assertThat(upkeep.isDue(publication(3, resubmitted), resubmitted.plus(Duration.ofMinutes(40)))).isTrue();
		assertThat(upkeep.isDue(publication(40, resubmitted), resubmitted.plus(Duration.ofDays(1)))).isTrue();
	}

}
