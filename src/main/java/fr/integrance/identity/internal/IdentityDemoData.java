package fr.integrance.identity.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import lombok.RequiredArgsConstructor;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import fr.integrance.identity.Role;
import fr.integrance.organisations.OrganisationId;
import fr.integrance.platform.DemoData;
import fr.integrance.platform.DemoDataContributor;
import fr.integrance.platform.DemoIds;
import fr.integrance.platform.FieldEncryption;

/**
 * Demo accounts for every role (embedded profile only, loaded once per database), listed
 * in the README: one password for all, and one TOTP secret for every account that needs a
 * second factor, to type into an authenticator app. Never loaded in production (demo data
 * is off there).
 */
@Component
// After the organisations, before people and contracts, which may link to them.
@DemoData(id = "identity-demo-accounts-v1", order = -100)
@RequiredArgsConstructor
class IdentityDemoData implements DemoDataContributor {

	static final String PASSWORD = "Demo-Integrance-2026";
	static final String TOTP_SECRET = "INTEGRANCEDEMOTOTPSECRETKEY23456";
	static final String DOMAIN = "@demo.integrance.fr";

	private final Accounts accounts;

	private final PasswordHasher hasher;

	private final Totp totp;

	private final Clock clock;

	private final FieldEncryption encryption;

	@Override
	public void seed() {
		Instant now = clock.instant();
		String hash = hasher.hash(PASSWORD);
		account("adherent", "Camille Martin", Role.MEMBER, null, false, DemoIds.CAMILLE_MARTIN_PERSON, hash, now);
		account("employeur", "Julien Dupont", Role.EMPLOYER_REPRESENTATIVE,
				new OrganisationId(DemoIds.EMPLOYER_ORGANISATION), true, null, hash, now);
		account("tuteur.admin", "Sophie Bernard", Role.GUARDIAN_AGENT,
				new OrganisationId(DemoIds.GUARDIAN_ORGANISATION), true, null, hash, now);
		account("tuteur", "Karim Haddad", Role.GUARDIAN_AGENT, new OrganisationId(DemoIds.GUARDIAN_ORGANISATION), false,
				null, hash, now);
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
