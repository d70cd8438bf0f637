package fr.integrance.notification;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.MessagingException;
import jakarta.mail.Part;

import org.awaitility.Awaitility;
import org.springframework.context.ApplicationContext;

import fr.integrance.notification.internal.Dispatch;
import fr.integrance.notification.internal.MimeParts;

/**
 * The notification module's test fixture, for the tests of every module: sends the mails
 * due in the outbox now (what the scheduled dispatcher does, switched off in tests), and
 * reads the plain-text or HTML part of a sent mail and its links.
 */
public final class OutboxDelivery {

	private OutboxDelivery() {
	}

	/** Sends every due mail; returns how many were sent. */
	public static int deliverDue(ApplicationContext context) {
		return Dispatch.due(context);
	}

	/** A mail of the outbox as a test reads it, decrypted. */
	public record QueuedMail(UUID id, MailStatus status, String subject, String text) {
	}

	/**
	 * The mails of the outbox to an address, decrypted, oldest first, whatever their
	 * status (waiting, sent, given up): what a test of another module checks it wrote.
	 */
	public static List<QueuedMail> mailsTo(ApplicationContext context, String address) {
		return Dispatch.to(context, address);
	}

	/**
	 * The mails to an address once one of them matches: for a mail written after commit
	 * by an asynchronous listener, which a test must wait for rather than race.
	 */
	public static List<QueuedMail> awaitMailsTo(ApplicationContext context, String address,
			Predicate<QueuedMail> wanted) {
		return Awaitility.await()
			.atMost(Duration.ofSeconds(30))
			.until(() -> mailsTo(context, address), mails -> mails.stream().anyMatch(wanted));
	}

	/** The plain-text alternative of a mail the outbox sent. */
	public static String text(Part mail) {
		try {
			String text = MimeParts.text(mail);
			if (text.isEmpty()) {
				throw new AssertionError("No text/plain part in the e-mail");
			}
			return text;
		}
		catch (MessagingException | IOException e) {
			throw new IllegalStateException(e);
		}
	}

	/** The HTML alternative of a mail the outbox sent. */
	public static String html(Part mail) {
		try {
			return MimeParts.html(mail);
		}
		catch (MessagingException | IOException e) {
			throw new IllegalStateException(e);
		}
	}

	/**
	 * The paths of the links of the mail's text that start with {@code path}, e.g.
	 * {@code /activation/lien/}.
	 */
	public static List<String> links(Part mail, String path) {
		Matcher matcher = Pattern.compile("https?://[^/\\s]+(" + Pattern.quote(path) + "[A-Za-z0-9_\\-]+)")
			.matcher(text(mail));
		return matcher.results().map(result -> result.group(1)).toList();
	}

}
