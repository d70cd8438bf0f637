package fr.integrance.notification;

import java.util.Objects;
import java.util.UUID;

import fr.integrance.platform.TypedId;

/**
 * The outbox id of an e-mail. The sent message's {@code Message-ID} header is derived
 * from it ({@code <id@domain>}), so that a mail sent twice (see {@link MailOutbox})
 * carries the same header both times and receiving systems can discard the copy.
 */
public record MailId(UUID value) implements TypedId {

	public MailId {
		Objects.requireNonNull(value, "value");
	}

	/** Reads the id from its text form, as held by another module. */
	public static MailId of(String value) {
		return new MailId(UUID.fromString(value));
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
