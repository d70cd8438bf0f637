package fr.integrance.identity.internal;

import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Component;

import fr.integrance.identity.ActivationPages;
import fr.integrance.identity.SignInPages;
import fr.integrance.notification.MailOutbox;
import fr.integrance.notification.MailText;
import fr.integrance.notification.OutgoingMail;
import fr.integrance.platform.EmailAddress;

/**
 * The e-mails of member activation, through the notification outbox: written in the
 * caller's transaction, sent after it commits, never lost when the SMTP server is down.
 * French, generic notice template; no name in them (identity does not know it).
 */
@Component
@RequiredArgsConstructor
class ActivationMails {

	private final MailOutbox outbox;

	private final IdentityProperties identity;

	private final SignInPages signIn;

	private final ActivationPages activation;

	void link(EmailAddress to, String token, long validityHours) {
		outbox.enqueue(OutgoingMail
			.notice(to, "activation.mail.link.subject", null, MailText.of("activation.mail.link.intro"),
					MailText.of("activation.mail.link.validity", validityHours),
					MailText.of("activation.mail.link.not-you"))
			.with("actionUrl", identity.baseUrl() + activation.activationLink(token))
			.with("actionText", MailText.of("activation.mail.link.action")));
	}

	void alreadyActivated(EmailAddress to) {
		outbox.enqueue(OutgoingMail
			.notice(to, "activation.mail.already-active.subject", null,
					MailText.of("activation.mail.already-active.intro"),
					MailText.of("activation.mail.already-active.forgotten",
							identity.baseUrl() + signIn.passwordReset()),
					MailText.of("activation.mail.not-you"))
			.with("actionUrl", identity.baseUrl() + signIn.signIn())
			.with("actionText", MailText.of("activation.mail.sign-in")));
	}

	void addressAlreadyUsed(EmailAddress to) {
		outbox.enqueue(OutgoingMail
			.notice(to, "activation.mail.address-used.subject", null, MailText.of("activation.mail.address-used.intro"),
					MailText.of("activation.mail.address-used.what-to-do"), MailText.of("activation.mail.not-you"))
			.with("actionUrl", identity.baseUrl() + activation.activation())
			.with("actionText", MailText.of("activation.mail.address-used.action")));
	}

	/**
	 * To the address on file before the activation: an account was created with another
	 * one.
	 */
	void createdWithAnotherAddress(EmailAddress to) {
		outbox.enqueue(OutgoingMail
			.notice(to, "activation.mail.created-elsewhere.subject", null,
					MailText.of("activation.mail.created-elsewhere.intro"),
					MailText.of("activation.mail.created-elsewhere.not-you"))
			.with("actionUrl", identity.baseUrl() + signIn.signIn())
			.with("actionText", MailText.of("activation.mail.sign-in")));
	}

	void accountCreated(EmailAddress to) {
		outbox
			.enqueue(
					OutgoingMail
						.notice(to, "activation.mail.created.subject", null,
								MailText.of("activation.mail.created.intro"),
								MailText.of("activation.mail.created.not-you",
										identity.baseUrl() + signIn.passwordReset()))
						.with("actionUrl", identity.baseUrl() + signIn.signIn())
						.with("actionText", MailText.of("activation.mail.sign-in")));
	}

}
