package fr.integrance.requests.internal;

import java.time.Clock;
import java.util.UUID;

import lombok.RequiredArgsConstructor;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import fr.integrance.requests.MessageDirection;

/**
 * The message thread of a case: what staff write goes out by e-mail and is kept; what the
 * sender answers is kept.
 */
@Component
@RequiredArgsConstructor
class CaseThread {

	static final int MAX_BODY = 10_000;

	private final CaseMessages messages;

	private final CaseMails mails;

	private final Clock clock;

	void writeToSender(RequestCase requestCase, CaseMails.Kind kind, UUID author, @Nullable String body) {
		String text = checked(body);
		UUID mailId = mails.toSender(requestCase, kind, text);
		messages
			.save(new CaseMessage(requestCase.id(), MessageDirection.TO_SENDER, author, clock.instant(), text, mailId));
	}

	/** Keeps the sender's answer; returns the message's id. */
	UUID fromSender(RequestCase requestCase, String body) {
		return messages
			.save(new CaseMessage(requestCase.id(), MessageDirection.FROM_SENDER, null, clock.instant(), checked(body),
					null))
			.id();
	}

	private static String checked(@Nullable String body) {
		if (body == null || body.isBlank()) {
			throw new IllegalArgumentException("A message has a text");
		}
		String text = body.strip();
		if (text.length() > MAX_BODY) {
			throw new IllegalArgumentException("A message has at most " + MAX_BODY + " characters");
		}
		return text;
	}

}
