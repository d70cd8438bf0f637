package fr.integrance.identity.internal;

import java.util.UUID;

import java.time.Clock;
import java.time.Instant;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import fr.integrance.identity.AccountId;
import fr.integrance.identity.Role;
import fr.integrance.identity.TestAccounts.StoredAccount;
import fr.integrance.organisations.OrganisationId;
import fr.integrance.platform.FieldEncryption;

/**
 * Stores accounts for the tests straight through the module's internals, for
 * {@link fr.integrance.identity.TestAccounts} (identity's public test fixture) and the
 * module's own tests.
 */
@TestComponent
public class AccountStore {

	private final Accounts accounts;

	private final PasswordHasher hasher;

	private final Totp totp;

	private final Clock clock;

	private final TransactionTemplate transactions;

	private final FieldEncryption encryption;

	private final JdbcTemplate jdbc;

	AccountStore(Accounts accounts, PasswordHasher hasher, Totp totp, Clock clock, TransactionTemplate transactions,
			FieldEncryption encryption, JdbcTemplate jdbc) {
		this.jdbc = jdbc;
		this.accounts = accounts;
		this.hasher = hasher;
		this.totp = totp;
		this.clock = clock;
		this.transactions = transactions;
		this.encryption = encryption;
	}

	/**
	 * An active account with this password, enrolled in TOTP with {@code totpSecret} when
	 * not null (one step before now, so that the code of the current step is accepted).
	 */
	public AccountId active(String login, Role role, OrganisationId organisation, boolean organisationAdministrator,
			String password, String totpSecret) {
		return transactions.execute(status -> {
			Account account = Account.active(login, "Test " + role, role, organisation, organisationAdministrator, null,
					hasher.hash(password), clock.instant());
			if (totpSecret != null) {
				account.enrolSecondFactor(totpSecret, totp.step(clock.instant()) - 2, clock.instant(), encryption);
			}
			accounts.save(account);
			return account.accountId();
		});
	}

	/** Links the account to the data subject it belongs to (a member's own person). */
	public void linkPerson(AccountId id, UUID person) {
		jdbc.update("UPDATE identity_account SET person_id = ? WHERE id = ?", person, id.value());
	}

	public void disable(AccountId id) {
		transactions
			.executeWithoutResult(status -> accounts.findById(id.value()).orElseThrow().disable(clock.instant()));
	}

	public StoredAccount state(AccountId id) {
		Account account = reload(id);
		// The failures counted towards the delay and the lock, from every source.
		Integer failures = jdbc.queryForObject(
				"SELECT COUNT(*) FROM identity_login_failure WHERE account_id = ? AND key_kind = 'ACCOUNT_SOURCE'",
				Integer.class, id.value());
		return new StoredAccount(account.isActive(), failures == null ? 0 : failures, account.lockedUntil(),
				account.secondFactorEnrolled());
	}

	Account reload(AccountId id) {
		return accounts.findById(id.value()).orElseThrow();
	}

	/** The code an authenticator app holding {@code secret} shows at {@code at}. */
	public static String totpCode(String secret, Instant at) {
		return new Totp().code(secret, at);
	}

}
