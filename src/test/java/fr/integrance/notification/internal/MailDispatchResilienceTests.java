package fr.integrance.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import fr.integrance.IntegrationTest;
import fr.integrance.notification.MailDelivery;
import fr.integrance.notification.MailId;
import fr.integrance.notification.MailStatus;

/**
 * The dispatcher when things go wrong: the SMTP server down, a node dying mid-send,
 * dispatchers racing. Time moves through the test clock; nothing sleeps.
 */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class MailDispatchResilienceTests extends OutboxTestSupport {

	private static final String RECIPIENT = "retry.person@example.org";

	@Test
	void smtpOutageIsRetriedWithExponentialBackOffThenSentOnce(CapturedOutput output) throws Exception {
		SwitchableSender smtp = new SwitchableSender(closedPortSender(), mailSender);
		MailDispatcher node = freshDispatcher(smtp, properties);
		MailId id = enqueueCommitted(notice(RECIPIENT));
		Instant start = NotificationTestConfiguration.START;

		smtp.down();
		assertThat(node.dispatchDue()).isZero();
		assertThat(delivery(id)).extracting(MailDelivery::status, MailDelivery::attempts, MailDelivery::nextAttemptAt)
			.containsExactly(MailStatus.PENDING, 1, start.plus(Duration.ofMinutes(1)));

		clock.set(start.plus(Duration.ofSeconds(59)));
		assertThat(node.dispatchDue()).isZero();
		assertThat(delivery(id).attempts()).as("not due before its back-off").isEqualTo(1);

		clock.set(start.plus(Duration.ofMinutes(1)));
		assertThat(node.dispatchDue()).isZero();
		assertThat(delivery(id)).extracting(MailDelivery::attempts, MailDelivery::nextAttemptAt)
			.containsExactly(2, start.plus(Duration.ofMinutes(3)));

		clock.set(start.plus(Duration.ofMinutes(3)));
		assertThat(node.dispatchDue()).isZero();
		assertThat(delivery(id).nextAttemptAt()).as("doubled again").isEqualTo(start.plus(Duration.ofMinutes(7)));
		assertThat(smtp.attempts()).isEqualTo(3);
		assertThat(received()).isEmpty();

		smtp.up();
		clock.set(start.plus(Duration.ofMinutes(7)));
		assertThat(node.dispatchDue()).isEqualTo(1);
		assertThat(node.dispatchDue()).isZero();

		assertThat(received()).hasSize(1);
		assertThat(delivery(id)).extracting(MailDelivery::status, MailDelivery::attempts)
			.containsExactly(MailStatus.SENT, 4);
		assertThat(output).contains("Mail " + id.value() + " not sent at attempt 1 of 10")
			.doesNotContain(RECIPIENT)
			.doesNotContain("retry.person");
	}

	@Test
	void givesUpAfterTheLastAttemptAndLogsTheIdOnly(CapturedOutput output) throws Exception {
		NotificationProperties threeAttempts = new NotificationProperties(50, 3, Duration.ofMinutes(1),
				Duration.ofMinutes(10), Duration.ofMinutes(5), Duration.ofDays(30), Duration.ofDays(365),
				"integrance.fr");
		MailDispatcher node = freshDispatcher(closedPortSender(), threeAttempts);
		MailId id = enqueueCommitted(notice(RECIPIENT));

		for (int attempt = 0; attempt < 5; attempt++) {
			node.dispatchDue();
			clock.advance(Duration.ofMinutes(10));
		}

		assertThat(delivery(id)).extracting(MailDelivery::status, MailDelivery::attempts)
			.containsExactly(MailStatus.FAILED, 3);
		assertThat(jdbc.sql("SELECT last_error FROM " + OutboxMails.TABLE).query(String.class).single())
			.contains("MailSendException")
			.doesNotContain("127.0.0.1");
		assertThat(output).contains("Mail " + id.value() + " given up after 3 attempts").doesNotContain(RECIPIENT);
		assertThat(received()).isEmpty();
	}

	@Test
	void appKilledBetweenCommitAndSendThenARestartedDispatcherSendsItOnce() throws Exception {
		// The node that committed the mails dies before its dispatcher runs: only the
		// rows remain.
		MailId first = enqueueCommitted(notice("premier@example.org"));
		MailId second = enqueueCommitted(notice("second@example.org"));

		MailDispatcher restarted = freshDispatcher(mailSender, properties);
		assertThat(restarted.dispatchDue()).isEqualTo(2);
		assertThat(restarted.dispatchDue()).isZero();
		assertThat(dispatcher.dispatchDue()).isZero();

		assertThat(messageIds(received())).containsExactlyInAnyOrder(MailDispatcher.messageId(first, "integrance.fr"),
				MailDispatcher.messageId(second, "integrance.fr"));
	}

	@Test
	void aClaimLeftByADeadNodeIsTakenOverOnlyOnceItsLeaseRunsOut() throws Exception {
		MailId id = enqueueCommitted(notice("reprise@example.org"));
		Instant start = NotificationTestConfiguration.START;
		// the dead node claimed it and never reported back (killed while talking to the
		// server)
		assertThat(mails.claim(id.value(), UUID.randomUUID(), start, start.minus(properties.lease()),
				properties.maxAttempts()))
			.isTrue();

		clock.set(start.plus(properties.lease()).minusSeconds(1));
		assertThat(dispatcher.dispatchDue()).as("lease still running").isZero();

		clock.set(start.plus(properties.lease()));
		assertThat(dispatcher.dispatchDue()).isEqualTo(1);
		assertThat(dispatcher.dispatchDue()).isZero();

		assertThat(received()).hasSize(1);
		assertThat(delivery(id)).extracting(MailDelivery::status, MailDelivery::attempts)
			.containsExactly(MailStatus.SENT, 2);
	}

	@Test
	void aLastAttemptThatNeverReportedBackIsGivenUpNotRepeated(CapturedOutput output) {
		NotificationProperties oneAttempt = new NotificationProperties(50, 1, Duration.ofMinutes(1),
				Duration.ofMinutes(10), Duration.ofMinutes(5), Duration.ofDays(30), Duration.ofDays(365),
				"integrance.fr");
		MailDispatcher node = freshDispatcher(mailSender, oneAttempt);
		MailId id = enqueueCommitted(notice("incertain@example.org"));
		Instant start = NotificationTestConfiguration.START;
		assertThat(mails.claim(id.value(), UUID.randomUUID(), start, start, 1)).isTrue();

		clock.set(start.plus(Duration.ofMinutes(5)));
		assertThat(node.dispatchDue()).isZero();

		assertThat(delivery(id).status()).isEqualTo(MailStatus.FAILED);
		assertThat(received()).isEmpty();
		assertThat(output).contains("Mail " + id.value() + " given up: its last attempt never reported back");
	}

	@Test
	void withoutAMailSenderMailsWaitInTheOutbox(CapturedOutput output) {
		MailId id = enqueueCommitted(notice("sans.serveur@example.org"));
		MailDispatcher unconfigured = freshDispatcher(null, properties);

		assertThat(unconfigured.dispatchDue()).isZero();
		assertThat(unconfigured.dispatchDue()).isZero();

		assertThat(delivery(id)).extracting(MailDelivery::status, MailDelivery::attempts)
			.containsExactly(MailStatus.PENDING, 0);
		assertThat(output).containsOnlyOnce("No mail sender configured");
	}

	@Test
	void aDispatcherThatLostItsClaimCannotOverwriteTheOutcome() {
		MailId id = enqueueCommitted(notice("jeton@example.org"));
		Instant start = NotificationTestConfiguration.START;
		UUID slowNode = UUID.randomUUID();
		UUID takeover = UUID.randomUUID();
		assertThat(mails.claim(id.value(), slowNode, start, start.minus(properties.lease()), 10)).isTrue();
		Instant later = start.plus(properties.lease());
		assertThat(mails.claim(id.value(), takeover, later, later.minus(properties.lease()), 10)).isTrue();
		assertThat(mails.markSent(id.value(), takeover, later)).isTrue();

		assertThat(mails.markForRetry(id.value(), slowNode, later.plusSeconds(60), "Late")).isFalse();
		assertThat(mails.markFailed(id.value(), slowNode, later, "Late")).isFalse();
		assertThat(delivery(id).status()).isEqualTo(MailStatus.SENT);
	}

	@Test
	void twoDispatchersRacingSendEachMailOnce() throws Exception {
		List<MailId> ids = new ArrayList<>();
		for (int i = 0; i < 20; i++) {
			ids.add(enqueueCommitted(notice("course" + i + "@example.org")));
		}
		MailDispatcher other = freshDispatcher(mailSender, properties);
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService nodes = Executors.newFixedThreadPool(2);
		try {
			Future<Integer> a = nodes.submit(() -> {
				start.await();
				return dispatcher.dispatchDue();
			});
			Future<Integer> b = nodes.submit(() -> {
				start.await();
				return other.dispatchDue();
			});
			start.countDown();

			assertThat(a.get(2, TimeUnit.MINUTES) + b.get(2, TimeUnit.MINUTES)).isEqualTo(20);
		}
		finally {
			nodes.shutdownNow();
		}
		List<String> messageIds = messageIds(received());
		assertThat(messageIds).hasSize(20).doesNotHaveDuplicates();
		assertThat(new HashSet<>(messageIds))
			.isEqualTo(new HashSet<>(ids.stream().map(id -> MailDispatcher.messageId(id, "integrance.fr")).toList()));
	}

	@Test
	void aSecondDispatcherStartedMidSendSkipsTheClaimedMailAndTheFirstSkipsWhatTheSecondSent() throws Exception {
		// Deterministic interleaving: while node A is sending its first mail, node B runs
		// a whole dispatch over the same candidates.
		for (int i = 0; i < 3; i++) {
			enqueueCommitted(notice("entrelace" + i + "@example.org"));
		}
		AtomicInteger sentByB = new AtomicInteger();
		AtomicBoolean bRan = new AtomicBoolean();
		MailDispatcher[] b = new MailDispatcher[1];
		JavaMailSender interleaving = new DelegatingSender(mailSender) {
			@Override
			public void send(MimeMessage message) throws MailException {
				if (bRan.compareAndSet(false, true)) {
					sentByB.set(b[0].dispatchDue());
				}
				super.send(message);
			}
		};
		MailDispatcher a = freshDispatcher(interleaving, properties);
		b[0] = freshDispatcher(mailSender, properties);

		int sentByA = a.dispatchDue();

		assertThat(sentByB.get()).as("B took the two mails A had not claimed yet").isEqualTo(2);
		assertThat(sentByA).as("A sent only the one it had claimed").isEqualTo(1);
		assertThat(messageIds(received())).hasSize(3).doesNotHaveDuplicates();
	}

	private MailDelivery delivery(MailId id) {
		return outbox.delivery(id).orElseThrow();
	}

	/** A sender pointed at a port nobody listens on: the SMTP server is down. */
	private static JavaMailSender closedPortSender() throws IOException {
		int port;
		try (ServerSocket socket = new ServerSocket(0)) {
			port = socket.getLocalPort();
		}
		JavaMailSenderImpl sender = new JavaMailSenderImpl();
		sender.setHost("127.0.0.1");
		sender.setPort(port);
		sender.setDefaultEncoding(StandardCharsets.UTF_8.name());
		Properties timeouts = new Properties();
		timeouts.put("mail.smtp.connectiontimeout", "2000");
		timeouts.put("mail.smtp.timeout", "2000");
		sender.setJavaMailProperties(timeouts);
		return sender;
	}

	/** Sends through the working or the broken server, as the test says. */
	static final class SwitchableSender extends DelegatingSender {

		private final JavaMailSender down;

		private volatile boolean isDown;

		private final AtomicInteger attempts = new AtomicInteger();

		SwitchableSender(JavaMailSender down, JavaMailSender up) {
			super(up);
			this.down = down;
		}

		void down() {
			isDown = true;
		}

		void up() {
			isDown = false;
		}

		int attempts() {
			return attempts.get();
		}

		@Override
		public void send(MimeMessage message) throws MailException {
			attempts.incrementAndGet();
			if (isDown) {
				down.send(message);
			}
			else {
				super.send(message);
			}
		}

	}

}
