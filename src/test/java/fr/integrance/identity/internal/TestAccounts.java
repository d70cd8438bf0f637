package fr.integrance.identity.internal;

import java.time.Clock;
import java.util.UUID;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.transaction.support.TransactionTemplate;

import fr.integrance.identity.AccountId;
import fr.integrance.identity.OrganisationId;
import fr.integrance.identity.OrganisationKind;
import fr.integrance.identity.Role;
import fr.integrance.identity.Siren;
import fr.integrance.testsupport.WebSession;
import fr.integrance.platform.FieldEncryption;

/**
 * Accounts and organisations for the tests, each with a unique e-mail, a known password
 * and, where the role needs one, a known TOTP secret; and the login steps a browser goes
 * through.
 */
@TestComponent
public class TestAccounts {

	public static final String PASSWORD = "Correct-Horse-42-Battery";

	public static final String TOTP_SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";

	private final Accounts accounts;

	private final Organisations organisations;

	private final PasswordHasher hasher;

	private final Totp totp;

	private final Clock clock;

	private final TransactionTemplate transactions;

	private final FieldEncryption encryption;

	TestAccounts(Accounts accounts, Organisations organisations, PasswordHasher hasher, Totp totp, Clock clock,
			TransactionTemplate transactions, FieldEncryption encryption) {
		this.accounts = accounts;
		this.organisations = organisations;
		this.hasher = hasher;
		this.totp = totp;
		this.clock = clock;
		this.transactions = transactions;
		this.encryption = encryption;
	}

	/** A created account: its id, login and whether it has a TOTP secret. */
	public record Created(AccountId id, String login, Role role, OrganisationId organisationId, boolean totp) {
	}

	public OrganisationId organisation(OrganisationKind kind) {
		return transactions.execute(
				status -> organisations
					.save(Organisation.create(kind, kind + " " + UUID.randomUUID(), Siren.of("732829320"), null,
							clock.instant()))
					.id());
	}

	/** An active account; enrolled in TOTP when its role requires a second factor. */
	public Created account(Role role) {
		return account(role, null, false);
	}

	public Created account(Role role, OrganisationId organisation, boolean organisationAdministrator) {
		return account(role, organisation, organisationAdministrator, role.secondFactorRequired());
	}

	public Created account(Role role, OrganisationId organisation, boolean organisationAdministrator,
			boolean enrolTotp) {
		String login = role.name().toLowerCase().replace('_', '-') + "-" + UUID.randomUUID() + "@test.integrance.fr";
		return transactions.execute(status -> {
			Account account = Account.active(login, "Test " + role, role, organisation, organisationAdministrator, null,
					hasher.hash(PASSWORD), clock.instant());
			if (enrolTotp) {
				// One step before now, so that the code of the current step is accepted.
				account.enrolSecondFactor(TOTP_SECRET, totp.step(clock.instant()) - 2, clock.instant(), encryption);
			}
			accounts.save(account);
			return new Created(account.id(), login, role, organisation, enrolTotp);
		});
	}

	/** An account that belongs to an organisation of the right kind, created for it. */
	public Created inNewOrganisation(Role role, boolean organisationAdministrator) {
		OrganisationKind kind = role == Role.EMPLOYER_REPRESENTATIVE ? OrganisationKind.EMPLOYER
				: OrganisationKind.GUARDIAN_SERVICE;
		return account(role, organisation(kind), organisationAdministrator);
	}

	public void disable(AccountId id) {
		transactions
			.executeWithoutResult(status -> accounts.findById(id.value()).orElseThrow().disable(clock.instant()));
	}

	public Account reload(AccountId id) {
		return accounts.findById(id.value()).orElseThrow();
	}

	/** The code an authenticator app shows now for the test secret. */
	public String currentCode() {
		return totp.code(TOTP_SECRET, clock.instant());
	}

	/**
	 * Signs in completely (password, then the TOTP code when the account has one). The
	 * clock must have moved to a new 30-second step since the previous login of a TOTP
	 * account.
	 */
	public WebSession signIn(WebSession browser, Created account) {
		browser.get("/connexion");
		browser.post("/connexion", "identifiant", account.login(), "motDePasse", PASSWORD);
		if (account.totp()) {
			browser.post("/connexion/code", "code", currentCode());
		}
		return browser;
	}

}
