package fr.integrance.people;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

import fr.integrance.platform.Bic;
import fr.integrance.platform.Iban;

/**
 * A person's change of their own bank details, signed online: the new IBAN and holder are
 * proposed, a one-time code (six digits, {@value #CODE_VALIDITY_MINUTES} minutes,
 * {@value #MAX_ATTEMPTS} attempts, only its keyed digest stored) is returned for the
 * caller to send to the person, and the person's entering it is their explicit signature
 * of the new SEPA mandate. Signing adds the account with a new mandate (a new RUM) and
 * ends the previous active mandates the day before the new one takes effect: they are
 * kept, revoked, never deleted (a creditor keeps a mandate and its amendments as long as
 * it may be asked for the proof of a debit).
 * <p>
 * The new mandate takes effect on the next due date: contributions are taken on the
 * {@value #DUE_DAY}th of each month, and a new mandate applies from the first such day at
 * least {@value #NOTICE_DAYS} days after its signature (the SEPA pre-notification
 * period), so that no debit already announced is taken from the new account.
 * <p>
 * Each signature is journaled (data changed, purpose {@value #PURPOSE}) with the person
 * as subject and the accounts as objects.
 */
public interface BankDetailChanges {

	/** Day of the month on which the contributions are debited. */
	int DUE_DAY = 5;

	/** Days between a mandate's signature and its first debit. */
	int NOTICE_DAYS = 14;

	/** Minutes during which a one-time code can be entered. */
	int CODE_VALIDITY_MINUTES = 15;

	/** Wrong codes accepted before the change can no longer be signed. */
	int MAX_ATTEMPTS = 5;

	/** The register purpose of a member's change of their own data. */
	String PURPOSE = "iadherent-member-changes";

	/**
	 * Proposes new bank details for {@code owner}; nothing changes until they are signed.
	 * The holder's name is required (at most 200 characters).
	 * @throws UnknownPersonException when the person is unknown or anonymised
	 * @throws PersonRestrictedException when the processing of their data is restricted
	 */
	ProposedBankChange propose(PersonId owner, Iban iban, @Nullable Bic bic, String holder);

	/**
	 * The change waiting for {@code owner}'s signature.
	 * @throws UnknownBankChangeException when no such change waits for that person
	 * (unknown, another person's, signed, expired or out of attempts)
	 */
	PendingBankChange pending(PersonId owner, BankChangeId id);

	/**
	 * Signs the change with the one-time code: adds the account and its new mandate, ends
	 * the previous ones, journals it. A wrong code counts an attempt (kept even though
	 * the call fails).
	 * @param actorAccount the account that signs, for the journal
	 * @throws UnknownBankChangeException as for {@link #pending}
	 * @throws BankChangeCodeException when the code is wrong, expired or out of attempts
	 */
	SignedBankChange sign(PersonId owner, BankChangeId id, String code, java.util.UUID actorAccount);

	/**
	 * {@link #sign(PersonId, BankChangeId, String, java.util.UUID)} journaled under
	 * another register purpose: a guardian organisation's agent signing for a protected
	 * adult ({@code itutelle-member-changes}).
	 */
	SignedBankChange sign(PersonId owner, BankChangeId id, String code, java.util.UUID actorAccount, String purpose);

	/** The person's accounts and mandates, newest first, ended ones included. */
	List<BankAccountHistoryLine> history(PersonId owner);

	/**
	 * The due date from which a mandate signed on {@code signedOn} applies: the first
	 * {@value #DUE_DAY}th of a month at least {@value #NOTICE_DAYS} days later.
	 */
	static LocalDate effectiveDate(LocalDate signedOn) {
		LocalDate earliest = signedOn.plusDays(NOTICE_DAYS);
		LocalDate due = earliest.withDayOfMonth(DUE_DAY);
		return due.isBefore(earliest) ? due.plusMonths(1) : due;
	}

}
