package fr.integrance.notification.internal;

import java.io.IOException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;

import org.springframework.context.ApplicationContext;

/**
 * For the tests of other modules: sends what the outbox holds now (tests run no scheduler), and
 * reads the plain-text part of a sent mail.
 */
public final class OutboxDelivery {

	private OutboxDelivery() {
	}

	/** Sends every due mail of the outbox, as the scheduled dispatcher would. */
	public static int deliverDue(ApplicationContext context) {
		return context.getBean(MailDispatcher.class).dispatchDue();
	}

	/** The text/plain part of a mail (decoded). */
	public static String text(MimeMessage message) {
		try {
			String text = text((Part) message);
			if (text == null) {
				throw new AssertionError("No text/plain part in the e-mail");
			}
			return text;
		}
		catch (MessagingException | IOException e) {
			throw new IllegalStateException(e);
		}
	}

	/** The paths of the links of the mail's text that start with {@code path}, e.g. {@code /activation/lien/}. */
	public static List<String> links(MimeMessage message, String path) {
		Matcher matcher = Pattern.compile("https?://[^/\\s]+(" + Pattern.quote(path) + "[A-Za-z0-9_\\-]+)")
			.matcher(text(message));
		return matcher.results().map(result -> result.group(1)).toList();
	}

	private static String text(Part part) throws MessagingException, IOException {
		if (part.isMimeType("text/plain")) {
			return String.valueOf(part.getContent());
		}
		if (part.getContent() instanceof Multipart multipart) {
			for (int i = 0; i < multipart.getCount(); i++) {
				BodyPart child = multipart.getBodyPart(i);
				String text = text(child);
				if (text != null) {
					return text;
				}
			}
		}
		return null;
	}
}
