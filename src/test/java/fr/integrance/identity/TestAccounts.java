package fr.integrance.identity;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.context.annotation.Import;

import fr.integrance.identity.internal.AccountStore;
import fr.integrance.organisations.OrganisationId;
import fr.integrance.organisations.OrganisationKind;
import fr.integrance.organisations.TestOrganisations;
import fr.integrance.testsupport.WebSession;

/**
 * Identity's test fixture: accounts, each with a unique e-mail, a known password and,
 * where the role needs one, a known TOTP secret; the codes an authenticator app shows;
 * and the login steps a browser goes through. Import it (with
 * {@link IdentityIntegrationTest}, or {@code @Import(TestAccounts.class)}).
 */
@TestComponent
@Import({ AccountStore.class, TestOrganisations.class })
public class TestAccounts {

	public static final String PASSWORD = "Correct-Horse-42-Battery";

	public static final String TOTP_SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";

	private final AccountStore store;

	private final TestOrganisations organisations;

	private final Clock clock;

	TestAccounts(AccountStore store, TestOrganisations organisations, Clock clock) {
		this.store = store;
		this.organisations = organisations;
		this.clock = clock;
	}

	/** A created account: its id, login and whether it has a TOTP secret. */
	public record Created(AccountId id, String login, Role role, OrganisationId organisationId, boolean totp) {
	}

	/** What the tests check of a stored account. */
	public record StoredAccount(boolean active, int failedAttempts, Instant lockedUntil, boolean secondFactorEnrolled) {
	}

	/** A new organisation of this kind (see {@link TestOrganisations}). */
	public OrganisationId organisation(OrganisationKind kind) {
		return organisations.organisation(kind);
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
		String login = role.name().toLowerCase(Locale.ROOT).replace('_', '-') + "-" + UUID.randomUUID()
				+ "@test.integrance.fr";
		AccountId id = store.active(login, role, organisation, organisationAdministrator, PASSWORD,
				enrolTotp ? TOTP_SECRET : null);
		return new Created(id, login, role, organisation, enrolTotp);
	}

	/**
	 * A member's account linked to their person: what the activation journey creates,
	 * without the journey (the person is the test's own, written under its keys).
	 */
	public Created member(UUID person) {
		return member(person, false);
	}

	/** The same, enrolled in TOTP when {@code secondFactor}. */
	public Created member(UUID person, boolean secondFactor) {
		Created created = account(Role.MEMBER, null, false, secondFactor);
		store.linkPerson(created.id(), person);
		return created;
	}

	/** An account that belongs to an organisation of the right kind, created for it. */
	public Created inNewOrganisation(Role role, boolean organisationAdministrator) {
		OrganisationKind kind = role == Role.EMPLOYER_REPRESENTATIVE ? OrganisationKind.EMPLOYER
				: OrganisationKind.GUARDIAN_SERVICE;
		return account(role, organisation(kind), organisationAdministrator);
	}

	public void disable(AccountId id) {
		store.disable(id);
	}

	/** The stored state of an account: active, failures, lock, second factor. */
	public StoredAccount reload(AccountId id) {
		return store.state(id);
	}

	/** The code an authenticator app shows now for the test secret. */
	public String currentCode() {
		return totpCode(TOTP_SECRET, clock.instant());
	}

	/** The code an authenticator app holding {@code secret} shows at {@code at}. */
	public static String totpCode(String secret, Instant at) {
		return AccountStore.totpCode(secret, at);
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
