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
 * Reads what the embedded SMTP server received. E-mails leave on a thread of their own after the
 * transaction commits, so a test waits for them — on the server's arrival signal, never by sleeping.
 */
public final class Mailbox {

	private static final long TIMEOUT_MILLIS = 10_000;

	private final GreenMail smtp;

	public Mailbox(GreenMail smtp) {
		this.smtp = smtp;
	}

	/** The messages received so far for this address. */
	public List<MimeMessage> messagesTo(String address) {
		return Arrays.stream(smtp.getReceivedMessages()).filter(message -> addressedTo(message, address)).toList();
	}

	/** Waits until this address has received {@code count} messages, and returns the last one. */
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

	/** The first link of the message that starts with the given path, e.g. {@code /invitation/}. */
	public static String link(MimeMessage message, String path) {
		Matcher matcher = Pattern.compile("https?://[^/\\s]+(" + Pattern.quote(path) + "[A-Za-z0-9_\\-]+)")
			.matcher(body(message));
		if (!matcher.find()) {
			throw new AssertionError("No link to " + path + " in the e-mail");
		}
		return matcher.group(1);
	}

	/** The decoded text of a plain-text message. */
	public static String body(MimeMessage message) {
		try {
			return String.valueOf(message.getContent());
		}
		catch (MessagingException | java.io.IOException e) {
			throw new IllegalStateException(e);
		}
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
