package fr.integrance.requests;

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
 * acknowledgement of a request in the language of its form, and, in French, what staff
 * write to the sender and the invitation of a new member to activate their account. None
 * repeats what the sender sent.
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
	static final String INVITATION_TEMPLATE = "member-activation-invitation";

	private final MailOutbox outbox;

	private final String website;

	private final String baseUrl;

	CaseMails(MailOutbox outbox, @Value("${app.mutual.website:https://www.integrance.fr/}") String website,
			@Value("${app.identity.base-url:http://localhost:8080}") String baseUrl) {
		this.outbox = outbox;
		this.website = website;
		this.baseUrl = baseUrl.replaceAll("/+$", "");
	}

	/** The acknowledgement of a new request: its reference and what happens next. */
	void acknowledge(RequestCase requestCase) {
		String kind = requestCase.type() == RequestType.SUBSCRIPTION ? "subscription" : "solicitation";
		Locale locale = Locale.forLanguageTag(requestCase.replyLanguage());
		OutgoingMail mail = OutgoingMail
			.notice(EmailAddress.of(requestCase.submitterEmail()), "intake.mail." + kind + ".subject", null,
					MailText.of("cases.mail.ack." + kind + ".received", requestCase.reference()),
					MailText.of("cases.mail.ack." + kind + ".next"),
					MailText.of("cases.mail.ack.privacy", website + "politique-de-confidentialite"))
			.withSubjectArguments(requestCase.reference())
			.withLocale(locale);
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

	/** Tells a new member their number and where to activate their account. */
	void activationInvitation(RequestCase requestCase, String memberNumber) {
		Map<String, Object> model = new LinkedHashMap<>();
		model.put("greetingName", requestCase.submitterName());
		model.put("reference", requestCase.reference());
		model.put("memberNumber", memberNumber);
		model.put("activationUrl", baseUrl + "/activation");
		outbox.enqueue(
				OutgoingMail
					.of(EmailAddress.of(requestCase.submitterEmail()), "cases.mail.invitation.subject",
							INVITATION_TEMPLATE, model)
					.withSubjectArguments(requestCase.reference()));
	}

}
