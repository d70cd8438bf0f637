package fr.integrance.memberspace;

import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.integrance.identity.AccountId;
import fr.integrance.identity.AccountManagement;
import fr.integrance.notification.MailOutbox;
import fr.integrance.notification.MailText;
import fr.integrance.notification.OutgoingMail;
import fr.integrance.people.BankChangeCodeException;
import fr.integrance.people.BankChangeId;
import fr.integrance.people.BankDetailChanges;
import fr.integrance.people.People;
import fr.integrance.people.PersonId;
import fr.integrance.people.ProposedBankChange;
import fr.integrance.people.SignedBankChange;
import fr.integrance.platform.EmailAddress;
import fr.integrance.platform.FrenchDates;
import fr.integrance.platform.Iban;

/**
 * The member's change of bank details: the proposal and the mail of its one-time code to
 * the address the member signs in with, in one transaction (no code without its mail, no
 * mail without its change); then the signature with the code, confirmed to the member and
 * announced to the staff's mailbox ({@code app.memberspace.bank-staff-mailbox}) with the
 * new mandate's reference and date, never the IBAN.
 */
@Service
class MemberBankDetails {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

	private final BankDetailChanges changes;

	private final People people;

	private final AccountManagement accounts;

	private final MailOutbox outbox;

	private final EmailAddress staffMailbox;

	private final String baseUrl;

	MemberBankDetails(BankDetailChanges changes, People people, AccountManagement accounts, MailOutbox outbox,
			@Value("${app.memberspace.bank-staff-mailbox:gestion@integrance.fr}") String staffMailbox,
			@Value("${app.identity.base-url:http://localhost:8080}") String baseUrl) {
		this.changes = changes;
		this.people = people;
		this.accounts = accounts;
		this.outbox = outbox;
		this.staffMailbox = EmailAddress.of(staffMailbox);
		this.baseUrl = baseUrl.replaceAll("/+$", "");
	}

	/** Proposes the new details and mails the code; the id of the change to sign. */
	@Transactional
	BankChangeId propose(AccountId account, PersonId person, Iban iban, String holder) {
		ProposedBankChange proposed = changes.propose(person, iban, null, holder);
		String expiry = TIME.format(proposed.expiresAt().atZone(FrenchDates.FRANCE));
		mail(EmailAddress.of(accounts.get(account).login()), "memberbank.mail.code.subject",
				List.of(MailText.of("memberbank.mail.code.body", proposed.code()),
						MailText.of("memberbank.mail.code.expiry", expiry, BankDetailChanges.MAX_ATTEMPTS),
						MailText.of("memberbank.mail.code.not-you")),
				null, null);
		return proposed.id();
	}

	/**
	 * Signs the change with the code, then confirms it to the member and tells the staff.
	 * A refused code is counted by the people module even though this call fails.
	 */
	@Transactional(noRollbackFor = BankChangeCodeException.class)
	SignedBankChange sign(AccountId account, PersonId person, BankChangeId id, String code) {
		SignedBankChange signed = changes.sign(person, id, code, account.value());
		String effective = DAY.format(signed.effectiveOn());
		String ended = signed.endedMandates().isEmpty() ? "—" : String.join(", ", signed.endedMandates());
		mail(EmailAddress.of(accounts.get(account).login()), "memberbank.mail.signed.subject",
				List.of(MailText.of("memberbank.mail.signed.body", signed.mandate().rum(), effective),
						MailText.of("memberbank.mail.signed.ended", ended),
						MailText.of("memberbank.mail.signed.refund")),
				baseUrl + MemberBankController.PATH, "memberbank.mail.signed.link");
		String name = people.find(person).map(found -> found.name().fullName()).orElse("—");
		mail(staffMailbox, "memberbank.mail.staff.subject",
				List.of(MailText.of("memberbank.mail.staff.body", name, signed.mandate().rum(), effective),
						MailText.of("memberbank.mail.signed.ended", ended)),
				baseUrl + "/gestion/personnes/" + person.value(), "memberbank.mail.staff.link");
		return signed;
	}

	private void mail(EmailAddress to, String subjectKey, List<MailText> paragraphs, @Nullable String link,
			@Nullable String linkKey) {
		Map<String, Object> model = new LinkedHashMap<>();
		model.put("paragraphs", paragraphs);
		if (link != null && linkKey != null) {
			model.put("actionUrl", link);
			model.put("actionText", MailText.of(linkKey));
		}
		outbox.enqueue(OutgoingMail.of(to, subjectKey, OutgoingMail.NOTICE_TEMPLATE, model));
	}

}
