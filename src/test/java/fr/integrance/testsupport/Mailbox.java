package fr.integrance.testsupport;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.util.GreenMail;

/**
 * Reads what the embedded SMTP server received. E-mails wait in the notification outbox
 * until its dispatcher sends them (tests run no scheduler): a mailbox made with a
 * {@code deliver} action runs it before looking, e.g.
 * {@code new Mailbox(smtp, () -> OutboxDelivery.deliverDue(context))}. A test waits on
 * the server's arrival signal, never by sleeping.
 */
public final class Mailbox {

	private static final long TIMEOUT_MILLIS = 10_000;

	private final GreenMail smtp;

	private final Runnable deliver;

	public Mailbox(GreenMail smtp) {
		this(smtp, () -> {
		});
	}

	/**
	 * @param deliver sends what waits in the outbox, before each look at the server
	 */
	public Mailbox(GreenMail smtp, Runnable deliver) {
		this.smtp = smtp;
		this.deliver = deliver;
	}

	/** The messages received so far for this address. */
	public List<MimeMessage> messagesTo(String address) {
		deliver.run();
		return Arrays.stream(smtp.getReceivedMessages()).filter(message -> addressedTo(message, address)).toList();
	}

	/**
	 * Waits until this address has received {@code count} messages, and returns the last
	 * one.
	 */
	public MimeMessage awaitMessage(String address, int count) {
		long deadline = System.currentTimeMillis() + TIMEOUT_MILLIS;
		while (true) {
			List<MimeMessage> messages = messagesTo(address);
			if (messages.size() >= count) {
				return messages.get(count - 1);
			}
			if (System.currentTimeMillis() > deadline) {
				throw new AssertionError("No e-mail #" + count + " for " + address);
			}
			smtp.waitForIncomingEmail(250, smtp.getReceivedMessages().length + 1);
		}
	}

	/**
	 * The first link of the message that starts with the given path, e.g.
	 * {@code /invitation/}.
	 */
	public static String link(MimeMessage message, String path) {
		Matcher matcher = Pattern.compile("https?://[^/\\s]+(" + Pattern.quote(path) + "[A-Za-z0-9_\\-]+)")
			.matcher(body(message));
		if (!matcher.find()) {
			throw new AssertionError("No link to " + path + " in the e-mail");
		}
		return matcher.group(1);
	}

	/**
	 * The decoded text of a plain-text message, or the text/plain part of a multipart
	 * one.
	 */
	public static String body(MimeMessage message) {
		try {
			String text = text(message);
			return text != null ? text : String.valueOf(message.getContent());
		}
		catch (MessagingException | java.io.IOException e) {
			throw new IllegalStateException(e);
		}
	}

	private static String text(jakarta.mail.Part part) throws MessagingException, java.io.IOException {
		if (part.isMimeType("text/plain")) {
			return String.valueOf(part.getContent());
		}
		if (part.getContent() instanceof jakarta.mail.Multipart multipart) {
			for (int i = 0; i < multipart.getCount(); i++) {
				String text = text(multipart.getBodyPart(i));
				if (text != null) {
					return text;
				}
			}
		}
		return null;
	}

	private static boolean addressedTo(MimeMessage message, String address) {
		try {
			Address[] recipients = message.getAllRecipients();
			return recipients != null
					&& Arrays.stream(recipients).anyMatch(recipient -> recipient.toString().equalsIgnoreCase(address));
		}
		catch (MessagingException e) {
			return false;
		}
	}

}
