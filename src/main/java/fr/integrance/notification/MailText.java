package fr.integrance.notification;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A sentence of a mail as a message key and its arguments, resolved in the mail's locale
 * when it is rendered: what the generic {@link OutgoingMail#NOTICE_TEMPLATE notice}
 * template takes, so that a module sends a simple mail without a template of its own and
 * without hard-coded text.
 *
 * @param key a message key, e.g. {@code "rights.mail.received"}
 * @param arguments the values of its {@code {0}}, {@code {1}}…
 */
public record MailText(String key, List<Object> arguments) {

	public MailText {
		Objects.requireNonNull(key, "key");
		if (key.isBlank()) {
			throw new IllegalArgumentException("key must not be blank");
		}
		arguments = List.copyOf(arguments);
	}

	public static MailText of(String key, Object... arguments) {
		return new MailText(key, Arrays.asList(arguments));
	}

	/** The arguments as the message source wants them. */
	public Object[] argumentArray() {
		return arguments.toArray();
	}
}
