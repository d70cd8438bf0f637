package fr.integrance.requests;

import java.util.Locale;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Sends the sender the acknowledgement of their request once the case is committed: the
 * reference and what happens next, in the language of the form. It repeats nothing they sent
 * (no birth date, no situation), since e-mail is not a safe place for it. A failed sending leaves
 * the event publication incomplete, to be sent again.
 */
@Component
class ConfirmationMails {

	private final RequestCases cases;
	private final JavaMailSender mailSender;
	private final MessageSource messages;
	private final String from;
	private final String mutualName;
	private final String website;

	ConfirmationMails(RequestCases cases, JavaMailSender mailSender, MessageSource messages,
			@Value("${app.mail.from:ne-pas-repondre@integrance.fr}") String from,
			@Value("${app.mutual.name:Mutuelle Intégrance}") String mutualName,
			@Value("${app.mutual.website:https://www.integrance.fr/}") String website) {
		this.cases = cases;
		this.mailSender = mailSender;
		this.messages = messages;
		this.from = from;
		this.mutualName = mutualName;
		this.website = website;
	}

	@TransactionalEventListener
	void on(RequestSubmitted event) {
		RequestCase requestCase = cases.findById(event.caseId()).orElseThrow();
		Locale locale = Locale.forLanguageTag(requestCase.replyLanguage());
		String kind = event.type() == RequestType.SUBSCRIPTION ? "subscription" : "solicitation";
		SimpleMailMessage mail = new SimpleMailMessage();
		mail.setFrom(from);
		mail.setTo(requestCase.submitterEmail());
		mail.setSubject(messages.getMessage("intake.mail." + kind + ".subject", new Object[] { event.reference() },
				locale));
		mail.setText(messages.getMessage("intake.mail." + kind + ".body",
				new Object[] { event.reference(), website, mutualName }, locale));
		mailSender.send(mail);
	}
}
