package fr.integrance.requests.internal;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import fr.integrance.notification.MailOutbox;
import fr.integrance.notification.MailText;
import fr.integrance.notification.OutgoingMail;
import fr.integrance.platform.EmailAddress;

/**
 * The e-mails of the requests module, all through the {@link MailOutbox} (written in the
 * caller's transaction, so that a rolled-back decision sends nothing): the
 * acknowledgement of a request in the language of its form, worded by its type, and, in
 * French, what staff write to the sender. None repeats what the sender sent.
 */
@Component
class CaseMails {

	/** Why staff write: each kind has its own subject and opening sentence. */
	enum Kind {

		MESSAGE, MORE_NEEDED, REJECTED, ANSWERED;

		String key() {
			return name().toLowerCase(Locale.ROOT).replace('_', '-');
		}

	}

	static final String MESSAGE_TEMPLATE = "case-message";

	private final MailOutbox outbox;

	private final String website;

	CaseMails(MailOutbox outbox, @Value("${app.mutual.website:https://www.integrance.fr/}") String website) {
		this.outbox = outbox;
		this.website = website;
	}

	/** The acknowledgement of a new request: its reference and what happens next. */
	void acknowledge(RequestCase requestCase, RequestTypeHandler.Acknowledgement keys) {
		OutgoingMail mail = OutgoingMail
			.notice(EmailAddress.of(requestCase.submitterEmail()), keys.subjectKey(), null,
					MailText.of(keys.receivedKey(), requestCase.reference()), MailText.of(keys.nextKey()),
					MailText.of("cases.mail.ack.privacy", website + "politique-de-confidentialite"))
			.withSubjectArguments(requestCase.reference())
			.withLocale(Locale.forLanguageTag(requestCase.replyLanguage()));
		outbox.enqueue(mail);
	}

	/** A message from staff to the sender; returns the outbox id. */
	UUID toSender(RequestCase requestCase, Kind kind, String body) {
		Map<String, Object> model = new LinkedHashMap<>();
		model.put("greetingName", requestCase.submitterName());
		model.put("reference", requestCase.reference());
		model.put("introKey", "cases.mail." + kind.key() + ".intro");
		model.put("body", body);
		OutgoingMail mail = OutgoingMail
			.of(EmailAddress.of(requestCase.submitterEmail()), "cases.mail." + kind.key() + ".subject",
					MESSAGE_TEMPLATE, model)
			.withSubjectArguments(requestCase.reference());
		return outbox.enqueue(mail).value();
	}

}
