package fr.integrance.identity.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import fr.integrance.identity.Role;
import fr.integrance.organisations.OrganisationId;
import fr.integrance.platform.DemoDataContributor;
import fr.integrance.platform.FieldEncryption;

/**
 * Demo accounts for every role (embedded profile only, loaded once per database), listed
 * in the README: one password for all, and one TOTP secret for every account that needs a
 * second factor, to type into an authenticator app. Never loaded in production (demo data
 * is off there).
 */
@Component
class IdentityDemoData extends DemoDataContributor {

	static final String PASSWORD = "Demo-Integrance-2026";
	static final String TOTP_SECRET = "INTEGRANCEDEMOTOTPSECRETKEY23456";
	static final String DOMAIN = "@demo.integrance.fr";

	/*
	 * Fixed ids that the demo data of other modules refer to. Modules may not depend on
	 * each other's internals, so the same constants are repeated, with this comment, in
	 * fr.integrance.people.internal.PeopleDemoData (Camille's person),
	 * fr.integrance.organisations.internal.OrganisationsDemoData (the two organisations,
	 * created there) and fr.integrance.contracts.internal.ContractsDemoData: change them
	 * together. Random UUIDs otherwise; these only exist in demo databases.
	 */

	/** The person record of the demo member Camille Martin (people module). */
	static final UUID CAMILLE_MARTIN_PERSON_ID = UUID.fromString("0b5f4c2e-0000-4000-8000-000000000001");

	/**
	 * Boulangerie Dupont SARL, the demo employer (its group contract is in the contracts
	 * module).
	 */
	static final OrganisationId EMPLOYER_ORGANISATION = new OrganisationId(
			UUID.fromString("0b5f4c2e-0000-4000-8000-000000000101"));

	/**
	 * Association tutélaire du Rhône, the demo guardian service (its representations:
	 * contracts module).
	 */
	static final OrganisationId GUARDIAN_ORGANISATION = new OrganisationId(
			UUID.fromString("0b5f4c2e-0000-4000-8000-000000000102"));

	private final Accounts accounts;

	private final PasswordHasher hasher;

	private final Totp totp;

	private final Clock clock;

	private final FieldEncryption encryption;

	IdentityDemoData(Accounts accounts, PasswordHasher hasher, Totp totp, Clock clock, FieldEncryption encryption) {
		// After the organisations, before people and contracts, which may link to them.
		super("identity-demo-accounts-v1", -100);
		this.accounts = accounts;
		this.hasher = hasher;
		this.totp = totp;
		this.clock = clock;
		this.encryption = encryption;
	}

	@Override
	public void seed() {
		Instant now = clock.instant();
		String hash = hasher.hash(PASSWORD);
		account("adherent", "Camille Martin", Role.MEMBER, null, false, CAMILLE_MARTIN_PERSON_ID, hash, now);
		account("employeur", "Julien Dupont", Role.EMPLOYER_REPRESENTATIVE, EMPLOYER_ORGANISATION, false, null, hash,
				now);
		account("tuteur.admin", "Sophie Bernard", Role.GUARDIAN_AGENT, GUARDIAN_ORGANISATION, true, null, hash, now);
		account("tuteur", "Karim Haddad", Role.GUARDIAN_AGENT, GUARDIAN_ORGANISATION, false, null, hash, now);
		account("gestionnaire", "Nathalie Petit", Role.STAFF, null, false, null, hash, now);
		account("dpo", "Marc Lefèvre", Role.DPO, null, false, null, hash, now);
		account("admin", "Isabelle Moreau", Role.ADMIN, null, false, null, hash, now);
	}

	private void account(String name, String displayName, Role role, @Nullable OrganisationId organisation,
			boolean organisationAdministrator, @Nullable UUID personId, String hash, Instant now) {
		Account account = Account.active(name + DOMAIN, displayName, role, organisation, organisationAdministrator,
				personId, hash, now);
		if (role.secondFactorRequired()) {
			// Enrolled one step in the past, so that the code of the current step is
			// accepted at once.
			account.enrolSecondFactor(TOTP_SECRET, totp.step(now) - 2, now, encryption);
		}
		accounts.save(account);
	}

}
