package fr.integrance.notification.internal;

import java.io.IOException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.MessagingException;
import jakarta.mail.Part;

import org.springframework.context.ApplicationContext;

/**
 * For tests of other modules: sends the mails due in the outbox now (what the scheduled
 * dispatcher does, switched off in tests), and reads the plain-text or HTML part of a
 * sent mail and its links.
 */
public final class OutboxDelivery {

	private OutboxDelivery() {
	}

	/** Sends every due mail; returns how many were sent. */
	public static int deliverDue(ApplicationContext context) {
		return context.getBean(MailDispatcher.class).dispatchDue();
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
