package fr.integrance.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import fr.integrance.identity.internal.ActivationAttempt.KeyKind;

/**
 * Issue 11, item 8: the per-address limit of member activation was bypassed by changing
 * address at each try; a global count of failures from every address stops that too.
 */
class ActivationGlobalLimitTests {

	private final ActivationAttemptRepository attempts = mock(ActivationAttemptRepository.class);

	private final ActivationProperties properties = new ActivationProperties(null, 0, null, 0, null, 0, null, 0);

	private final ActivationAttemptService service = new ActivationAttemptService(attempts,
			(scope, value) -> scope + ":" + value, properties, mock(SecurityJournal.class),
			Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneOffset.UTC));

	@Test
	void aFreshAddressAndNumberAreLimitedOnceFailuresFromAllAddressesReachTheGlobalLimit() {
		when(attempts.countSince(any(), anyString(), any())).thenReturn(0L);
		when(attempts.countAllSince(eq(KeyKind.CLIENT_ADDRESS), any())).thenReturn(199L);
		assertThat(service.limited("203.0.113.7", "123456")).isFalse();

		when(attempts.countAllSince(eq(KeyKind.CLIENT_ADDRESS), any())).thenReturn(200L);
		assertThat(service.limited("203.0.113.8", "654321")).isTrue();
	}

	@Test
	void theGlobalLimitIsTwoHundredAnHourByDefault() {
		assertThat(properties.maxFailuresOverall()).isEqualTo(200);
		assertThat(properties.clientAddressWindow()).hasHours(1);
	}

}
