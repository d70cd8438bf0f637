package fr.integrance.identity.internal;

import java.time.Clock;
import java.time.Instant;

import org.springframework.stereotype.Component;

import fr.integrance.identity.OrganisationId;
import fr.integrance.identity.OrganisationKind;
import fr.integrance.identity.Role;
import fr.integrance.identity.Siren;
import fr.integrance.platform.DemoDataContributor;
import fr.integrance.platform.FieldEncryption;

/**
 * Demo accounts for every role (embedded profile only, loaded once per database), listed in the
 * README: one password for all, and one TOTP secret for every account that needs a second factor,
 * to type into an authenticator app. Never loaded in production (demo data is off there).
 */
@Component
class IdentityDemoData implements DemoDataContributor {

	static final String PASSWORD = "Demo-Integrance-2026";
	static final String TOTP_SECRET = "INTEGRANCEDEMOTOTPSECRETKEY23456";
	static final String DOMAIN = "@demo.integrance.fr";

	private final Accounts accounts;
	private final Organisations organisations;
	private final PasswordHasher hasher;
	private final Totp totp;
	private final Clock clock;
	private final FieldEncryption encryption;

	IdentityDemoData(Accounts accounts, Organisations organisations, PasswordHasher hasher, Totp totp, Clock clock,
			FieldEncryption encryption) {
		this.accounts = accounts;
		this.organisations = organisations;
		this.hasher = hasher;
		this.totp = totp;
		this.clock = clock;
		this.encryption = encryption;
	}

	@Override
	public String id() {
		return "identity-demo-accounts-v1";
	}

	@Override
	public int order() {
		// Accounts first: people and contracts may link to them.
		return -100;
	}

	@Override
	public void seed() {
		Instant now = clock.instant();
		String hash = hasher.hash(PASSWORD);
		OrganisationId employer = organisations
			.save(Organisation.create(OrganisationKind.EMPLOYER, "Boulangerie Dupont SARL", Siren.of("732829320"), null,
					now))
			.id();
		OrganisationId guardian = organisations
			.save(Organisation.create(OrganisationKind.GUARDIAN_SERVICE, "Association tutélaire du Rhône",
					Siren.of("404833048"), null, now))
			.id();
		account("adherent", "Camille Martin", Role.MEMBER, null, false, hash, now);
		account("employeur", "Julien Dupont", Role.EMPLOYER_REPRESENTATIVE, employer, false, hash, now);
		account("tuteur.admin", "Sophie Bernard", Role.GUARDIAN_AGENT, guardian, true, hash, now);
		account("tuteur", "Karim Haddad", Role.GUARDIAN_AGENT, guardian, false, hash, now);
		account("gestionnaire", "Nathalie Petit", Role.STAFF, null, false, hash, now);
		account("dpo", "Marc Lefèvre", Role.DPO, null, false, hash, now);
		account("admin", "Isabelle Moreau", Role.ADMIN, null, false, hash, now);
	}

	private void account(String name, String displayName, Role role, OrganisationId organisation,
			boolean organisationAdministrator, String hash, Instant now) {
		Account account = Account.active(name + DOMAIN, displayName, role, organisation, organisationAdministrator,
				null, hash, now);
		if (role.secondFactorRequired()) {
			// Enrolled one step in the past, so that the code of the current step is accepted at once.
			account.enrolSecondFactor(TOTP_SECRET, totp.step(now) - 2, now, encryption);
		}
		accounts.save(account);
	}
}
