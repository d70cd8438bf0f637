package fr.integrance.rights.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import fr.integrance.notification.MailOutbox;
import fr.integrance.notification.MailText;
import fr.integrance.notification.OutgoingMail;
import fr.integrance.platform.EmailAddress;
import fr.integrance.platform.FrenchDates;
import fr.integrance.privacy.ProcessingRegister;
import fr.integrance.privacy.Register;

/**
 * The rights desk's mails, through the outbox, in the request's language: the
 * confirmation link to the address on file, the notice of an extension to the requester,
 * and the reminders to the handler (the DPO's address in the register), which name the
 * request by its reference only.
 */
@Component
class RightsMails {

	private final MailOutbox outbox;

	private final ProcessingRegister register;

	private final String baseUrl;

	RightsMails(MailOutbox outbox, ProcessingRegister register,
			@Value("${app.identity.base-url:http://localhost:8080}") String baseUrl) {
		this.outbox = outbox;
		this.register = register;
		this.baseUrl = baseUrl.replaceAll("/+$", "");
	}

	/** The link that confirms the request, to the matched person's address on file. */
	void confirmationLink(RightsRequest request, String addressOnFile, String token, Instant expiresAt) {
		Locale locale = localeOf(request);
		String right = rightLabel(request, locale);
		String until = DateTimeFormatter.ofPattern("d MMMM yyyy", locale)
			.withZone(FrenchDates.FRANCE)
			.format(expiresAt);
		outbox.enqueue(OutgoingMail.notice(EmailAddress.of(addressOnFile), "rightsdesk.mail.confirm.subject", null,
				MailText.of("rightsdesk.mail.confirm.intro", request.reference(), right),
				MailText.of("rightsdesk.mail.confirm.action", until), MailText.of("rightsdesk.mail.confirm.not-you"))
			.withSubjectArguments(request.reference())
			.with("actionUrl", baseUrl + "/mes-droits/confirmation/" + token)
			.with("actionText", MailText.of("rightsdesk.mail.confirm.link"))
			.withLocale(locale));
	}

	/**
	 * The request for an identity document, with the single-use link to send it, to the
	 * address given in the request (the mutual knows no other): what is asked, why, and
	 * that it is deleted once checked.
	 */
	void identityDocumentRequest(RightsRequest request, String token, Instant expiresAt) {
		Locale locale = localeOf(request);
		String until = DateTimeFormatter.ofPattern("d MMMM yyyy", locale)
			.withZone(FrenchDates.FRANCE)
			.format(expiresAt);
		outbox
			.enqueue(OutgoingMail
				.notice(EmailAddress.of(request.requesterEmail()), "rightsintake.mail.document.subject", null,
						MailText.of("rightsintake.mail.document.intro", request.reference(),
								rightLabel(request, locale)),
						MailText.of("rightsintake.mail.document.action", until),
						MailText.of("rightsintake.mail.document.deleted"))
				.withSubjectArguments(request.reference())
				.with("actionUrl", baseUrl + "/mes-droits/piece/" + token)
				.with("actionText", MailText.of("rightsintake.mail.document.link"))
				.withLocale(locale));
	}

	/** The extension, its reasons and the new date, to whoever the answer goes to. */
	void extensionNotice(RightsRequest request, String reasons, LocalDate newDueDate) {
		Locale locale = localeOf(request);
		Register.Authority authority = register.current().authority();
		outbox.enqueue(OutgoingMail
			.notice(EmailAddress.of(request.answerEmail()), "rightsdesk.mail.extended.subject", null,
					MailText.of("rightsdesk.mail.extended.intro", request.reference(), rightLabel(request, locale)),
					MailText.of("rightsdesk.mail.extended.until",
							newDueDate.format(DateTimeFormatter.ofPattern("d MMMM yyyy", locale))),
					MailText.of("rightsdesk.mail.extended.reasons", reasons),
					MailText.of("rightsdesk.mail.extended.complaint", authority.fullName(), authority.complaintSite()))
			.withSubjectArguments(request.reference())
			.withLocale(locale));
	}

	/** A deadline reminder ({@code d7}, {@code d2}) or the overdue alert, to the DPO. */
	void reminder(RightsRequest request, String kind, long daysLeft) {
		EmailAddress dpo = EmailAddress.of(register.current().dpo().email());
		String due = request.effectiveDueDate().format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.FRENCH));
		outbox.enqueue(
				OutgoingMail
					.notice(dpo, "rightsdesk.mail.reminder." + kind + ".subject", null,
							MailText.of("rightsdesk.mail.reminder." + kind, request.reference(), due,
									Math.abs(daysLeft)))
					.withSubjectArguments(request.reference())
					.with("actionUrl", baseUrl + "/dpo/demandes/" + request.id())
					.with("actionText", MailText.of("rightsdesk.mail.reminder.link")));
	}

	private String rightLabel(RightsRequest request, Locale locale) {
		return register.current()
			.right(request.rightId())
			.map(r -> Register.text(r.label(), r.labelEn(), locale))
			.orElse(request.rightId());
	}

	private static Locale localeOf(RightsRequest request) {
		return Locale.forLanguageTag(request.replyLanguage());
	}

}
