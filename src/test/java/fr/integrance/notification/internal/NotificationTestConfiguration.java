package fr.integrance.notification.internal;

import java.time.Instant;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import fr.integrance.testsupport.MutableClock;

/** What the outbox integration tests add to the application: a clock they move. */
@TestConfiguration(proxyBeanMethods = false)
class NotificationTestConfiguration {

	static final Instant START = Instant.parse("2025-06-02T08:00:00Z");

	@Bean
	@Primary
	MutableClock testClock() {
		return new MutableClock(START);
	}

}
