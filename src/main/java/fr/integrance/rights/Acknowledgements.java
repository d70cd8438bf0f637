package fr.integrance.rights;

import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

import fr.integrance.privacy.ProcessingRegister;
import fr.integrance.privacy.Register;

/**
 * Acknowledges a rights request once stored (GDPR Art. 12): its reference, the right
 * asked for, the date it will be answered by, that it is free, that the time may be
 * extended by two months with a reasoned notice, and the right to complain to the
 * supervisory authority, all from the register. It repeats nothing of the message.
 */
@Component
class Acknowledgements {

	private final ReceivedRequests requests;

	private final ProcessingRegister register;

	private final JavaMailSender mailSender;

	private final MessageSource messages;

	private final String from;

	Acknowledgements(ReceivedRequests requests, ProcessingRegister register, JavaMailSender mailSender,
			MessageSource messages, @Value("${app.mail.from:ne-pas-repondre@integrance.fr}") String from) {
		this.requests = requests;
		this.register = register;
		this.mailSender = mailSender;
		this.messages = messages;
		this.from = from;
	}

	@TransactionalEventListener
	void on(RightsRequestReceived event) {
		RightsRequest request = requests.findById(event.id()).orElseThrow();
		Locale locale = Locale.forLanguageTag(request.replyLanguage());
		Register current = register.current();
		String right = current.right(request.rightId())
			.map(r -> Register.text(r.label(), r.labelEn(), locale))
			.orElse(request.rightId());
		Register.Authority authority = current.authority();
		Register.Dpo dpo = current.dpo();
		String dueDate = request.dueDate().format(DateTimeFormatter.ofPattern("d MMMM yyyy", locale));
		SimpleMailMessage mail = new SimpleMailMessage();
		mail.setFrom(from);
		mail.setTo(request.requesterEmail());
		mail.setSubject(messages.getMessage("rights.mail.subject", new Object[] { request.reference() }, locale));
		mail.setText(messages.getMessage("rights.mail.body",
				new Object[] { request.reference(), right, dueDate,
						authority.fullName() + " (" + authority.name() + ")", authority.complaintSite(),
						String.join(", ", authority.address()), dpo.email(), String.join(", ", dpo.address()),
						current.controller().name() },
				locale));
		mailSender.send(mail);
	}

}
