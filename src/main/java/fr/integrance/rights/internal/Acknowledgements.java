package fr.integrance.rights.internal;

import java.time.format.DateTimeFormatter;
import java.util.Locale;

import lombok.RequiredArgsConstructor;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import fr.integrance.notification.MailOutbox;
import fr.integrance.notification.MailText;
import fr.integrance.notification.OutgoingMail;
import fr.integrance.platform.EmailAddress;
import fr.integrance.privacy.ProcessingRegister;
import fr.integrance.privacy.Register;
import fr.integrance.rights.RightsRequestReceived;

/**
 * Acknowledges a rights request once stored (GDPR Art. 12), through the mail outbox: its
 * reference, the right asked for, the date it will be answered by, that the time may be
 * extended by two months with a reasoned notice, that it is free, and the right to
 * complain to the supervisory authority and where to reach the DPO, all from the
 * register. It repeats nothing of the message.
 * <p>
 * Runs after the request's transaction commits, in a transaction of its own
 * ({@link ApplicationModuleListener}); the JDBC event publication registry keeps the
 * event until it has run, so an acknowledgement interrupted by a stop is sent by a later
 * resubmission. A resubmitted event finds the request already acknowledged and sends
 * nothing twice: the outbox id is written on the request in the same transaction.
 */
@Component
@RequiredArgsConstructor
class Acknowledgements {

	static final String SUBJECT = "rights.mail.received.subject";

	private static final String BODY = "rights.mail.received.";

	private final ReceivedRequests requests;

	private final ProcessingRegister register;

	private final MailOutbox outbox;

	@ApplicationModuleListener
	void on(RightsRequestReceived event) {
		RightsRequest request = requests.findForAcknowledgement(event.request().value()).orElseThrow();
		if (request.acknowledgementMail() != null) {
			return;
		}
		Locale locale = Locale.forLanguageTag(request.replyLanguage());
		Register current = register.current();
		String right = current.right(request.rightId())
			.map(r -> Register.text(r.label(), r.labelEn(), locale))
			.orElse(request.rightId());
		Register.Authority authority = current.authority();
		Register.Dpo dpo = current.dpo();
		String dueDate = request.dueDate().format(DateTimeFormatter.ofPattern("d MMMM yyyy", locale));
		OutgoingMail mail = OutgoingMail
			.notice(EmailAddress.of(request.requesterEmail()), SUBJECT, null,
					MailText.of(BODY + "reference", request.reference(), right), MailText.of(BODY + "due", dueDate),
					MailText.of(BODY + "free"),
					MailText.of(BODY + "complaint", authority.fullName(), authority.name(), authority.complaintSite(),
							String.join(", ", authority.address())),
					MailText.of(BODY + "contact", dpo.email(), String.join(", ", dpo.address())))
			.withSubjectArguments(request.reference())
			.withLocale(locale);
		request.acknowledged(outbox.enqueue(mail).value());
	}

}
