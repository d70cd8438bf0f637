package fr.integrance.memberspace;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.UriUtils;

import fr.integrance.audit.AuditActor;
import fr.integrance.identity.AccountId;
import fr.integrance.identity.MemberAccounts;
import fr.integrance.notification.MailOutbox;
import fr.integrance.notification.MailText;
import fr.integrance.notification.OutgoingMail;
import fr.integrance.people.ContactChanges;
import fr.integrance.people.EmailChangeRequest;
import fr.integrance.people.EmailChanged;
import fr.integrance.people.InvalidEmailChangeLinkException;
import fr.integrance.people.PersonId;
import fr.integrance.platform.EmailAddress;
import fr.integrance.platform.FrenchDates;
import fr.integrance.platform.PhoneNumber;
import fr.integrance.platform.PostalAddress;

/**
 * A member's changes to their own contact details, across the modules that each own a
 * part: people changes and journals the person's data, identity keeps the login equal to
 * the confirmed e-mail address, notification mails the link and the notices. Each call is
 * one transaction: the mails leave only if the change commits.
 */
@Service
@Transactional
class MemberContactDetails {

	static final String LINK_PATH = "/iadherent/coordonnees/courriel/";

	private static final DateTimeFormatter EXPIRY = DateTimeFormatter.ofPattern("dd/MM/yyyy 'à' HH:mm", Locale.FRENCH)
		.withZone(FrenchDates.FRANCE);

	private final ContactChanges changes;

	private final MemberAccounts accounts;

	private final MailOutbox outbox;

	private final String baseUrl;

	MemberContactDetails(ContactChanges changes, MemberAccounts accounts, MailOutbox outbox,
			@Value("${app.identity.base-url:http://localhost:8080}") String baseUrl) {
		this.changes = changes;
		this.accounts = accounts;
		this.outbox = outbox;
		this.baseUrl = baseUrl.replaceAll("/+$", "");
	}

	void changeAddress(PersonId person, PostalAddress address, AccountId account) {
		changes.changeAddress(person, address, actor(account));
	}

	void changePhone(PersonId person, @Nullable PhoneNumber phone, AccountId account) {
		changes.changePhone(person, phone, actor(account));
	}

	/**
	 * Keeps the new address pending, mails it the confirmation link and tells the address
	 * on file (if any) that a change was asked for.
	 */
	void requestEmailChange(PersonId person, EmailAddress email, AccountId account, @Nullable String greetingName) {
		EmailChangeRequest request = changes.requestEmailChange(person, email, actor(account));
		String link = baseUrl + LINK_PATH + UriUtils.encodePathSegment(request.token(), "UTF-8");
		outbox.enqueue(OutgoingMail
			.notice(email, "memberprofile.mail.confirm.subject", greetingName,
					MailText.of("memberprofile.mail.confirm.body"),
					MailText.of("memberprofile.mail.confirm.expiry", expiry(request.expiresAt())),
					MailText.of("memberprofile.mail.confirm.ignore"))
			.with("actionUrl", link)
			.with("actionText", MailText.of("memberprofile.mail.confirm.action")));
		EmailAddress previous = request.previous();
		if (previous != null) {
			outbox.enqueue(OutgoingMail.notice(previous, "memberprofile.mail.requested.subject", greetingName,
					MailText.of("memberprofile.mail.requested.body"),
					MailText.of("memberprofile.mail.requested.not-you")));
		}
	}

	/**
	 * Makes the pending address the contact e-mail and the login, and tells the previous
	 * address.
	 * @throws InvalidEmailChangeLinkException when the link is not usable
	 * @throws fr.integrance.identity.LoginAlreadyUsedException when the address became
	 * another account's login meanwhile (nothing changes)
	 */
	EmailChanged confirmEmailChange(PersonId person, String token, AccountId account, @Nullable String greetingName) {
		EmailAddress pending = changes.pendingEmail(person, token).orElseThrow(InvalidEmailChangeLinkException::new);
		accounts.changeLogin(person.value(), pending);
		EmailChanged changed = changes.confirmEmailChange(person, token, actor(account));
		EmailAddress previous = changed.previous();
		if (previous != null && !previous.equals(changed.current())) {
			outbox.enqueue(OutgoingMail.notice(previous, "memberprofile.mail.changed.subject", greetingName,
					MailText.of("memberprofile.mail.changed.body"),
					MailText.of("memberprofile.mail.requested.not-you")));
		}
		return changed;
	}

	void cancelEmailChange(PersonId person, AccountId account) {
		changes.cancelEmailChange(person, actor(account));
	}

	private static AuditActor actor(AccountId account) {
		return AuditActor.account(account.value());
	}

	private static String expiry(Instant at) {
		return EXPIRY.format(at);
	}

}
