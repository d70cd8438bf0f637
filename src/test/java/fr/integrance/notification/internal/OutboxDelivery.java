package fr.integrance.notification.internal;

import java.io.IOException;

import jakarta.mail.MessagingException;
import jakarta.mail.Part;

import org.springframework.context.ApplicationContext;

/**
 * For tests of other modules: sends the mails due in the outbox now (what the scheduled dispatcher
 * does, switched off in tests), and reads the plain-text part of a sent mail.
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
			return MimeParts.text(mail);
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
}
