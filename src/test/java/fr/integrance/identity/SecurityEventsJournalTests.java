package fr.integrance.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import fr.integrance.audit.AuditJournalVerifier;
import fr.integrance.identity.TestAccounts.Created;
import fr.integrance.testsupport.MutableClock;
import fr.integrance.testsupport.WebSession;

/**
 * Logins, failures and locks reach the hash-chained audit journal with ids only (RULES.md
 * §4: every success, failure, lock and unlock is journaled), and the chain still
 * verifies; the TOTP secret is encrypted at rest.
 */
@IdentityIntegrationTest
class SecurityEventsJournalTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	MutableClock clock;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	AuditJournalVerifier verifier;

	@BeforeEach
	void freshStep() {
		clock.advance(Duration.ofMinutes(1));
	}

	@Test
	void failedThenSuccessfulLoginWhenJournaledThenIdsOnlyAndChainVerifies() {
		Created member = accounts.account(Role.MEMBER);
		String subject = "ACCOUNT:" + member.id();

		new WebSession(mvc).post("/connexion", "identifiant", member.login(), "motDePasse", "Wrong-Password-000");
		clock.advance(Duration.ofMinutes(1));
		new WebSession(mvc).post("/connexion", "identifiant", member.login(), "motDePasse", TestAccounts.PASSWORD);

		assertThat(jdbc.queryForList("SELECT action FROM audit_entry WHERE subject_ref = ? ORDER BY sequence",
				String.class, subject))
			.containsSubsequence("login.failure", "login.success");
		assertThat(jdbc.queryForObject("SELECT object_ref FROM audit_entry WHERE subject_ref = ? AND action = ?",
				String.class, subject, "login.failure"))
			.isEqualTo("reason:BAD_PASSWORD");
		assertThat(jdbc.queryForList("SELECT actor FROM audit_entry WHERE subject_ref = ?", String.class, subject))
			.allSatisfy(actor -> assertThat(actor).doesNotContain(member.login()));
		assertThat(verifier.verify().ok()).isTrue();
	}

	@Test
	void unknownLoginWhenJournaledThenAnonymousFailureWithoutTheLogin() {
		long before = jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE action = 'login.failure'",
				Long.class);

		new WebSession(mvc).post("/connexion", "identifiant", "personne.inconnue@example.org", "motDePasse",
				"Wrong-Password-000");

		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE action = 'login.failure'", Long.class))
			.isEqualTo(before + 1);
		assertThat(jdbc.queryForList(
				"SELECT COALESCE(subject_ref, '') || COALESCE(object_ref, '') || actor FROM audit_entry", String.class))
			.noneMatch(text -> text.contains("personne.inconnue"));
	}

	@Test
	void totpSecretWhenStoredThenEncryptedAtRest() {
		Created staff = accounts.account(Role.STAFF);

		String stored = jdbc.queryForObject("SELECT totp_secret FROM identity_account WHERE id = ?", String.class,
				staff.id().value());

		assertThat(stored).startsWith("v1:").doesNotContain(TestAccounts.TOTP_SECRET);
	}

}
