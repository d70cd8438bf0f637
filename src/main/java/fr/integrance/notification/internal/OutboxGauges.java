package fr.integrance.notification.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;

import io.micrometer.core.instrument.Tags;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

import fr.integrance.platform.BusinessGauge;

/**
 * The mail outbox as operations watch it: how many mails wait to be sent (pending or
 * being sent) and how long the oldest of them has waited. A backlog that grows, or an
 * oldest mail hours old, means the SMTP relay refuses or no node dispatches.
 */
@Configuration(proxyBeanMethods = false)
class OutboxGauges {

	private static final String WAITING = "status IN ('PENDING', 'SENDING')";

	@Bean
	BusinessGauge outboxBacklog(JdbcTemplate jdbc) {
		return gauge("notification.outbox.backlog", "Mails waiting to be sent", "", () -> {
			Long count = jdbc.queryForObject("SELECT COUNT(*) FROM notification_mail_outbox WHERE " + WAITING,
					Long.class);
			return count == null ? 0L : count;
		});
	}

	@Bean
	BusinessGauge outboxOldestAge(JdbcTemplate jdbc, Clock clock) {
		return gauge("notification.outbox.oldest.age", "How long the oldest mail waiting to be sent has waited",
				"seconds", () -> {
					Timestamp oldest = jdbc.queryForObject(
							"SELECT MIN(created_at) FROM notification_mail_outbox WHERE " + WAITING, Timestamp.class);
					return oldest == null ? 0L
							: Math.max(0, Duration.between(oldest.toInstant(), clock.instant()).toSeconds());
				});
	}

	private static BusinessGauge gauge(String name, String description, String unit,
			java.util.function.Supplier<Number> value) {
		return new BusinessGauge() {

			@Override
			public String name() {
				return name;
			}

			@Override
			public String description() {
				return description;
			}

			@Override
			public String baseUnit() {
				return unit;
			}

			@Override
			public Map<Tags, Number> measure() {
				return Map.of(Tags.empty(), value.get());
			}
		};
	}

}
