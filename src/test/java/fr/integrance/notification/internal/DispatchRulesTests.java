package fr.integrance.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.InternetAddress;

import org.junit.jupiter.api.Test;
import org.springframework.mail.MailSendException;

/**
 * Back-off arithmetic and how failures are told apart and described, without a server.
 */
class DispatchRulesTests {

	@Test
	void retryDelayDoublesFromTheFirstDelayUpToTheCap() {
		NotificationProperties defaults = NotificationProperties.defaults();

		assertThat(defaults.retryDelayAfter(1)).isEqualTo(Duration.ofMinutes(1));
		assertThat(defaults.retryDelayAfter(2)).isEqualTo(Duration.ofMinutes(2));
		assertThat(defaults.retryDelayAfter(7)).isEqualTo(Duration.ofMinutes(64));
		assertThat(defaults.retryDelayAfter(8)).isEqualTo(Duration.ofHours(2));
		assertThat(defaults.retryDelayAfter(1000)).isEqualTo(Duration.ofHours(2));
	}

	@Test
	void refusesSettingsThatCannotWork() {
		assertThatThrownBy(() -> new NotificationProperties(0, 10, Duration.ofMinutes(1), Duration.ofHours(2),
				Duration.ofMinutes(5), Duration.ofDays(30), Duration.ofDays(365), "integrance.fr"))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new NotificationProperties(50, 10, Duration.ofHours(3), Duration.ofHours(2),
				Duration.ofMinutes(5), Duration.ofDays(30), Duration.ofDays(365), "integrance.fr"))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void anAddressRefusedByTheServerIsAPermanentFailure() throws Exception {
		SendFailedException refused = new SendFailedException("550 5.1.1 <jean@example.org>: unknown user", null,
				new Address[0], new Address[0], new Address[] { new InternetAddress("jean@example.org") });
		MailSendException failure = new MailSendException(Map.of(new Object(), refused));

		assertThat(MailDispatcher.isPermanent(failure)).isTrue();
	}

	@Test
	void aServerThatCannotBeReachedIsATemporaryFailure() {
		MailSendException failure = new MailSendException("Mail server connection failed", new MessagingException(
				"Couldn't connect to host, port: 127.0.0.1, 25", new java.net.ConnectException("Connection refused")));

		assertThat(MailDispatcher.isPermanent(failure)).isFalse();
	}

	@Test
	void describesAFailureByItsClassesNeverByItsMessages() throws Exception {
		SendFailedException refused = new SendFailedException("550 <jean@example.org> unknown", null, new Address[0],
				new Address[0], new Address[] { new InternetAddress("jean@example.org") });
		String description = MailDispatcher.describe(new MailSendException(Map.of(new Object(), refused)));

		assertThat(description).isEqualTo("MailSendException < SendFailedException").doesNotContain("jean");
	}

}
