package fr.integrance.guardianspace;

import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.integrance.identity.AccountManagement;
import fr.integrance.identity.AuthenticatedUser;
import fr.integrance.notification.MailOutbox;
import fr.integrance.notification.MailText;
import fr.integrance.notification.OutgoingMail;
import fr.integrance.people.BankChangeCodeException;
import fr.integrance.people.BankChangeId;
import fr.integrance.people.BankDetailChanges;
import fr.integrance.people.PersonId;
import fr.integrance.people.ProposedBankChange;
import fr.integrance.people.SignedBankChange;
import fr.integrance.platform.EmailAddress;
import fr.integrance.platform.FrenchDates;
import fr.integrance.platform.Iban;

/**
 * A protected adult's change of bank details from iTutelle: the same immediate change as
 * the member's own ({@link BankDetailChanges}, no case), the new SEPA mandate signed by
 * the guardian organisation through its agent: the one-time code is mailed to the agent's
 * login in the proposal's transaction, and the agent's entering it with the ticked
 * consent is the organisation's explicit signature. The signature is journaled under
 * {@value #PURPOSE}, the agent as actor, confirmed to the agent and announced to the
 * staff's mailbox with the new mandate's reference and date, never the IBAN.
 */
@Service
class GuardianBankDetails {

	/** The register purpose of an organisation's change of a protected adult's data. */
	static final String PURPOSE = "itutelle-member-changes";

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

	private final BankDetailChanges changes;

	private final AccountManagement accounts;

	private final MailOutbox outbox;

	private final EmailAddress staffMailbox;

	private final String baseUrl;

	GuardianBankDetails(BankDetailChanges changes, AccountManagement accounts, MailOutbox outbox,
			@Value("${app.memberspace.bank-staff-mailbox:gestion@integrance.fr}") String staffMailbox,
			@Value("${app.identity.base-url:http://localhost:8080}") String baseUrl) {
		this.changes = changes;
		this.accounts = accounts;
		this.outbox = outbox;
		this.staffMailbox = EmailAddress.of(staffMailbox);
		this.baseUrl = baseUrl.replaceAll("/+$", "");
	}

	/** Proposes the adult's new details and mails the code to the agent. */
	@Transactional
	BankChangeId propose(AuthenticatedUser agent, PersonId adult, String adultName, Iban iban, String holder) {
		ProposedBankChange proposed = changes.propose(adult, iban, null, holder);
		String expiry = TIME.format(proposed.expiresAt().atZone(FrenchDates.FRANCE));
		mail(agentMailbox(agent), "guardianchanges.bank.mail.code.subject",
				List.of(MailText.of("guardianchanges.bank.mail.code.body", adultName, proposed.code()),
						MailText.of("memberbank.mail.code.expiry", expiry, BankDetailChanges.MAX_ATTEMPTS),
						MailText.of("guardianchanges.bank.mail.code.not-you")),
				null, null);
		return proposed.id();
	}

	/**
	 * Signs the change with the code for the organisation, confirms it to the agent and
	 * tells the staff. A refused code is counted by the people module even though this
	 * call fails.
	 */
	@Transactional(noRollbackFor = BankChangeCodeException.class)
	SignedBankChange sign(AuthenticatedUser agent, PersonId adult, String adultName, BankChangeId id, String code) {
		SignedBankChange signed = changes.sign(adult, id, code, agent.accountId().value(), PURPOSE);
		String effective = DAY.format(signed.effectiveOn());
		String ended = signed.endedMandates().isEmpty() ? "—" : String.join(", ", signed.endedMandates());
		mail(agentMailbox(agent), "guardianchanges.bank.mail.signed.subject",
				List.of(MailText.of("guardianchanges.bank.mail.signed.body", adultName, signed.mandate().rum(),
						effective), MailText.of("memberbank.mail.signed.ended", ended)),
				baseUrl + ProtectedAdultBankController.path(adult.value()), "guardianchanges.bank.mail.signed.link");
		mail(staffMailbox, "guardianchanges.bank.mail.staff.subject",
				List.of(MailText.of("guardianchanges.bank.mail.staff.body", adultName, signed.mandate().rum(),
						effective), MailText.of("memberbank.mail.signed.ended", ended)),
				baseUrl + "/gestion/personnes/" + adult.value(), "memberbank.mail.staff.link");
		return signed;
	}

	private EmailAddress agentMailbox(AuthenticatedUser agent) {
		return EmailAddress.of(accounts.get(agent.accountId()).login());
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
