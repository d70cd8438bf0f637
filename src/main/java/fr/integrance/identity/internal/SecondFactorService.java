package fr.integrance.identity.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.integrance.identity.AccountId;
import fr.integrance.identity.TotpProposal;
import fr.integrance.platform.FieldEncryption;

/**
 * TOTP enrolment and recovery codes. The secret is proposed first (kept in the session,
 * shown as a QR code) and only stored once the person proves, with a code from their app,
 * that the app holds it. Enrolling gives ten recovery codes, shown once, stored hashed.
 */
@Service
class SecondFactorService {

	private final Accounts accounts;

	private final RecoveryCodes recoveryCodes;

	private final Totp totp;

	private final SecurityJournal journal;

	private final IdentityMails mails;

	private final Clock clock;

	private final String issuer;

	private final FieldEncryption encryption;

	SecondFactorService(Accounts accounts, RecoveryCodes recoveryCodes, Totp totp, SecurityJournal journal,
			IdentityMails mails, Clock clock, @Value("${app.mutual.name:Mutuelle Intégrance}") String issuer,
			FieldEncryption encryption) {
		this.accounts = accounts;
		this.recoveryCodes = recoveryCodes;
		this.totp = totp;
		this.journal = journal;
		this.mails = mails;
		this.clock = clock;
		this.issuer = issuer;
		this.encryption = encryption;
	}

	String newSecret() {
		return totp.newSecret();
	}

	@Transactional(readOnly = true)
	TotpProposal propose(AccountId accountId, String secret) {
		Account account = accounts.findById(accountId.value()).orElseThrow();
		String uri = totp.provisioningUri(secret, issuer, account.login());
		return new TotpProposal(secret, secret.replaceAll("(.{4})(?!$)", "$1 "), QrCodes.svgDataUri(uri));
	}

	@Transactional(readOnly = true)
	boolean enrolled(AccountId accountId) {
		return accounts.findById(accountId.value()).map(Account::secondFactorEnrolled).orElse(false);
	}

	@Transactional(readOnly = true)
	long unusedRecoveryCodes(AccountId accountId) {
		return recoveryCodes.countUnused(accountId.value());
	}

	/**
	 * Stores the secret if the code proves the app holds it.
	 * @return the recovery codes to show once, empty when the code is wrong
	 * @throws IllegalStateException when the account already has a second factor
	 */
	@Transactional
	Optional<List<String>> enrol(AccountId accountId, String secret, String code) {
		Account account = accounts.findByIdForUpdate(accountId.value()).orElseThrow();
		if (account.secondFactorEnrolled()) {
			throw new IllegalStateException("Already enrolled");
		}
		Instant now = clock.instant();
		String given = code == null ? "" : code.replaceAll("\\s", "");
		OptionalLong step = totp.verify(secret, given, now, null);
		if (step.isEmpty()) {
			return Optional.empty();
		}
		account.enrolSecondFactor(secret, step.getAsLong(), now, encryption);
		List<String> codes = replaceRecoveryCodes(account, now);
		journal.totpEnrolled(account.accountId());
		mails.secondFactorEnrolled(account);
		return Optional.of(codes);
	}

	/** New recovery codes; the previous ones stop working. */
	@Transactional
	List<String> regenerateRecoveryCodes(AccountId accountId) {
		Account account = accounts.findByIdForUpdate(accountId.value()).orElseThrow();
		if (!account.secondFactorEnrolled()) {
			throw new IllegalStateException("No second factor");
		}
		List<String> codes = replaceRecoveryCodes(account, clock.instant());
		journal.recoveryCodesRegenerated(account.accountId());
		mails.recoveryCodesRegenerated(account);
		return codes;
	}

	private List<String> replaceRecoveryCodes(Account account, Instant now) {
		recoveryCodes.deleteByAccount(account.id());
		List<String> codes = RecoveryCodeGenerator.generate();
		for (String code : codes) {
			recoveryCodes.save(new RecoveryCode(account.id(),
					RecoveryCodeGenerator.hash(RecoveryCodeGenerator.normalise(code)), now));
		}
		return codes;
	}

}
