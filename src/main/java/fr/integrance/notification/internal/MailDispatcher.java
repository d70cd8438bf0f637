package fr.integrance.notification.internal;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.MimeMessage;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailParseException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import org.jspecify.annotations.Nullable;

import fr.integrance.notification.MailId;
import fr.integrance.notification.internal.OutboxMails.ClaimedMail;

/**
 * Sends the due mails of the outbox, one claim at a time (see
 * {@link fr.integrance.notification.MailOutbox} for the guarantees). Safe to run on
 * several nodes or threads at once: a mail is sent by the one dispatcher whose claim
 * succeeded; the ShedLock lock of {@link MailDispatchJob} only saves the others the work.
 * <p>
 * Each claim is committed before the mail is sent and each outcome right after, so a node
 * dying at any point leaves at most the one mail it was sending in {@code SENDING}, which
 * another dispatcher takes over when the lease runs out (a minute by default): the mail
 * is then sent again, possibly a second time if the dead node had handed it to the server
 * (at-least-once, with the same {@code Message-ID}, which lets mail systems drop the
 * copy). Logs name mails by id only.
 */
@Component
class MailDispatcher {

	private static final Logger log = LoggerFactory.getLogger(MailDispatcher.class);

	private static final int MAX_ERROR_LENGTH = 200;

	/**
	 * A run claims no new mail past this time, so that it ends well within the job's lock
	 * ({@link MailDispatchJob#DISPATCH_LOCK_AT_MOST_FOR}) even with a slow server; the
	 * rest waits for the next run, a few seconds later.
	 */
	static final Duration RUN_BUDGET = Duration.ofSeconds(30);

	private final OutboxMails mails;

	/**
	 * Absent when no SMTP server is configured: mails then wait in the outbox, none is
	 * lost.
	 */
	private final @Nullable JavaMailSender sender;

	private final AtomicBoolean warnedNoSender = new AtomicBoolean();

	private final NotificationProperties properties;

	private final Clock clock;

	private final String from;

	@Autowired
	MailDispatcher(OutboxMails mails, ObjectProvider<JavaMailSender> sender, NotificationProperties properties,
			Clock clock, @Value("${app.mail.from}") String from) {
		this(mails, sender.getIfAvailable(), properties, clock, from);
	}

	/**
	 * A dispatcher sending through {@code sender}; also how tests build a second node.
	 */
	MailDispatcher(OutboxMails mails, @Nullable JavaMailSender sender, NotificationProperties properties, Clock clock,
			String from) {
		this.mails = mails;
		this.sender = sender;
		this.properties = properties;
		this.clock = clock;
		this.from = from;
	}

	/**
	 * One run: gives up the mails whose last attempt never reported back, then sends up
	 * to {@code batch-size} due mails.
	 * @return how many mails the SMTP server accepted in this run
	 */
	int dispatchDue() {
		// Inside a transaction the claims would stay invisible to other dispatchers until
		// its end.
		if (TransactionSynchronizationManager.isActualTransactionActive()) {
			throw new IllegalStateException("the mail dispatcher must run outside any transaction");
		}
		if (sender == null) {
			if (warnedNoSender.compareAndSet(false, true)) {
				log.warn("No mail sender configured (spring.mail.host, or the embedded SMTP server):"
						+ " e-mails stay in the outbox until one is");
			}
			return 0;
		}
		Instant now = now();
		Instant staleBefore = now.minus(properties.lease());
		for (UUID id : mails.abandonUnconfirmedLastAttempts(now, staleBefore, properties.maxAttempts())) {
			log.error("Mail {} given up: its last attempt never reported back", id);
		}
		int sent = 0;
		Instant stopClaimingAt = now.plus(RUN_BUDGET);
		for (UUID id : mails.claimable(now, staleBefore, properties.maxAttempts(), properties.batchSize())) {
			if (!clock.instant().isBefore(stopClaimingAt)) {
				break;
			}
			if (dispatch(sender, id)) {
				sent++;
			}
		}
		return sent;
	}

	/** Whether a mail is due now (waiting and claimable), whichever node queued it. */
	boolean hasDue() {
		Instant now = now();
		return !mails.claimable(now, now.minus(properties.lease()), properties.maxAttempts(), 1).isEmpty();
	}

	/**
	 * Claims, sends and records one mail; false when another dispatcher had it or sending
	 * failed.
	 */
	private boolean dispatch(JavaMailSender sender, UUID id) {
		UUID token = UUID.randomUUID();
		Instant claimedAt = now();
		if (!mails.claim(id, token, claimedAt, claimedAt.minus(properties.lease()), properties.maxAttempts())) {
			return false;
		}
		try {
			Optional<ClaimedMail> mail = mails.claimed(id, token);
			if (mail.isEmpty()) {
				return false;
			}
			sender.send(message(sender, mail.get()));
		}
		catch (MessagingException | RuntimeException ex) {
			// MailException from the server, or a body that no longer decrypts: counted
			// as an attempt
			failed(id, token, ex);
			return false;
		}
		if (!mails.markSent(id, token, now())) {
			log.warn("Mail {} was sent after its claim ran out: another dispatcher may send it again, with the"
					+ " same Message-ID", id);
		}
		return true;
	}

	private MimeMessage message(JavaMailSender sender, ClaimedMail mail) throws MessagingException {
		MimeMessage message = sender.createMimeMessage();
		MimeMessageHelper helper = new MimeMessageHelper(message, MimeMessageHelper.MULTIPART_MODE_MIXED_RELATED,
				StandardCharsets.UTF_8.name());
		try {
			helper.setFrom(from);
		}
		catch (MessagingException ex) {
			throw new IllegalStateException("app.mail.from is not an address", ex);
		}
		helper.setTo(mail.recipient());
		helper.setSubject(mail.subject());
		helper.setSentDate(Date.from(clock.instant()));
		helper.setText(mail.text(), mail.html());
		// Kept by JavaMailSenderImpl when set before sending: a resent copy has the same
		// id.
		message.setHeader("Message-ID", messageId(new MailId(mail.id()), properties.messageIdDomain()));
		// RFC 3834: no out-of-office replies to a machine (and Exchange's own switch for
		// it).
		message.setHeader("Auto-Submitted", "auto-generated");
		message.setHeader("X-Auto-Response-Suppress", "All");
		return message;
	}

	/**
	 * The {@code Message-ID} of an outbox mail: {@code <id@domain>}, the same at every
	 * attempt.
	 */
	static String messageId(MailId id, String domain) {
		return "<" + id.value() + "@" + domain + ">";
	}

	private void failed(UUID id, UUID token, Exception ex) {
		String error = describe(ex);
		int attempts = mails.attempts(id);
		Instant now = now();
		if (isPermanent(ex)) {
			if (mails.markFailed(id, token, now, error)) {
				log.error("Mail {} refused for good by the mail server ({})", id, error);
			}
		}
		else if (attempts >= properties.maxAttempts()) {
			if (mails.markFailed(id, token, now, error)) {
				log.error("Mail {} given up after {} attempts ({})", id, attempts, error);
			}
		}
		else {
			Instant next = now.plus(properties.retryDelayAfter(attempts));
			if (mails.markForRetry(id, token, next, error)) {
				log.warn("Mail {} not sent at attempt {} of {} ({}); next attempt at {}", id, attempts,
						properties.maxAttempts(), error, next);
			}
		}
	}

	/**
	 * A failure that another attempt cannot cure: the server refused the recipient's
	 * address (5xx on RCPT), or the address or message could not even be built.
	 */
	static boolean isPermanent(Throwable failure) {
		for (Throwable cause : causes(failure)) {
			if (cause instanceof SendFailedException sendFailed && sendFailed.getInvalidAddresses() != null
					&& sendFailed.getInvalidAddresses().length > 0) {
				return true;
			}
			if (cause instanceof AddressException || cause instanceof MailParseException
					|| cause instanceof UnsupportedEncodingException) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The failure as the chain of its exception class names: what went wrong, without the
	 * messages, which may quote the recipient's address.
	 */
	static String describe(Throwable failure) {
		List<String> names = causes(failure).stream()
			.map(cause -> cause.getClass().getSimpleName())
			.distinct()
			.toList();
		String description = String.join(" < ", names);
		return description.length() <= MAX_ERROR_LENGTH ? description : description.substring(0, MAX_ERROR_LENGTH);
	}

	/**
	 * The failure, its causes, and for a {@link MailSendException} the failures it
	 * carries.
	 */
	private static List<Throwable> causes(Throwable failure) {
		List<Throwable> causes = new ArrayList<>();
		for (Throwable cause = failure; cause != null && !causes.contains(cause)
				&& causes.size() < 10; cause = nextCause(cause)) {
			causes.add(cause);
			if (cause instanceof MailSendException send) {
				for (Exception messageFailure : send.getMessageExceptions()) {
					for (Throwable inner = messageFailure; inner != null && !causes.contains(inner)
							&& causes.size() < 10; inner = nextCause(inner)) {
						causes.add(inner);
					}
				}
			}
		}
		return causes;
	}

	private static @Nullable Throwable nextCause(Throwable throwable) {
		if (throwable instanceof MessagingException messaging && messaging.getNextException() != null) {
			return messaging.getNextException();
		}
		return throwable.getCause();
	}

	private Instant now() {
		// Microseconds: what both databases keep, so that times compare as they were
		// written.
		return clock.instant().truncatedTo(ChronoUnit.MICROS);
	}

}
