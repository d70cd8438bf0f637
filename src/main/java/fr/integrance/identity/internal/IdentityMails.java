package fr.integrance.identity.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Component;

import fr.integrance.identity.SignInPages;
import fr.integrance.notification.MailOutbox;
import fr.integrance.notification.MailText;
import fr.integrance.notification.OutgoingMail;
import fr.integrance.platform.EmailAddress;

/**
 * The e-mails of the identity module: invitations, password reset links, and a notice on
 * every credential change (RULES.md §4), linking to the sign-in channel's pages. They go
 * through the notification outbox: written in the caller's transaction (a rolled-back
 * change sends nothing), sent after it commits by the outbox's dispatcher, retried while
 * the SMTP server is down, so that none is lost. The SMTP exchange never happens during
 * the request, so a reset request takes about the same time whether or not a mail goes
 * (the outbox row is one insert, like the link's). French, the mutual's language: the
 * person's locale is not known when the e-mail leaves.
 */
@Component
@RequiredArgsConstructor
class IdentityMails {

	static final String TEMPLATE = "identity-notice";

	private final MailOutbox outbox;

	private final IdentityProperties properties;

	private final SignInPages pages;

	void invitation(Account account, String token) {
		send(account, "identity.mail.invitation", link(pages.invitation(token)),
				properties.links().invitationValidity().toDays());
	}

	void passwordReset(Account account, String token) {
		send(account, "identity.mail.reset", link(pages.passwordReset(token)),
				properties.links().passwordResetValidity().toMinutes());
	}

	/**
	 * Many failed logins on the account: the owner is told, with a link that clears the
	 * throttles (their own password still works from their usual places).
	 */
	void underAttack(Account account, String token) {
		send(account, "identity.mail.under-attack", link(pages.unlock(token)),
				properties.lockout().unlockLinkValidity().toHours());
	}

	void passwordChanged(Account account) {
		send(account, "identity.mail.password-changed", link(pages.passwordReset()), "");
	}

	void secondFactorEnrolled(Account account) {
		send(account, "identity.mail.totp-enrolled", link(pages.passwordReset()), "");
	}

	void recoveryCodeUsed(Account account) {
		send(account, "identity.mail.recovery-code-used", link(pages.passwordReset()), "");
	}

	void recoveryCodesRegenerated(Account account) {
		send(account, "identity.mail.recovery-codes-regenerated", link(pages.passwordReset()), "");
	}

	private String link(String path) {
		return properties.baseUrl() + path;
	}

	private void send(Account account, String key, String link, Object validity) {
		Map<String, Object> model = new LinkedHashMap<>();
		model.put("body", MailText.of(key + ".body", account.displayName(), link, validity));
		model.put("link", link);
		// The bodies separate their paragraphs with blank lines.
		model.put("separator", "\n");
		outbox.enqueue(OutgoingMail.of(EmailAddress.of(account.login()), key + ".subject", TEMPLATE, model));
	}

}
