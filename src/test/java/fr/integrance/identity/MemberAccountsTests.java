package fr.integrance.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import fr.integrance.testsupport.WebSession;

/** The account side of member activation, for the module that recognises members. */
@IdentityIntegrationTest
class MemberAccountsTests {

	static final String PASSWORD = "Ma-Phrase-Secrete-2026";

	@Autowired
	MemberAccounts members;

	@Autowired
	MockMvc mvc;

	@Test
	void activationCreatesAnActiveMemberAccountLinkedToThePerson() {
		UUID person = UUID.randomUUID();
		String email = "Adherent-" + person + "@test.integrance.fr";

		AccountId account = members.activate(new MemberActivation(person, email, PASSWORD));

		assertThat(members.accountOf(person)).contains(account);
		assertThat(new WebSession(mvc).post("/connexion", "identifiant", email.toLowerCase(), "motDePasse", PASSWORD)
			.getRedirectedUrl()).isEqualTo("/iadherent");
	}

	@Test
	void activationRefusesAWeakPassword() {
		assertThatThrownBy(() -> members.activate(new MemberActivation(UUID.randomUUID(),
				"m-" + UUID.randomUUID() + "@test.integrance.fr", "soleil2024")))
			.isInstanceOfSatisfying(PasswordRejectedException.class,
					e -> assertThat(e.problems()).contains(PasswordProblem.TOO_WEAK, PasswordProblem.COMMON));
	}

	@Test
	void activationRefusesAnEmailAlreadyUsed() {
		String email = "m-" + UUID.randomUUID() + "@test.integrance.fr";
		members.activate(new MemberActivation(UUID.randomUUID(), email, PASSWORD));

		assertThatThrownBy(() -> members.activate(new MemberActivation(UUID.randomUUID(), email, PASSWORD)))
			.isInstanceOf(LoginAlreadyUsedException.class);
	}

	@Test
	void aPersonHasOneMemberAccount() {
		UUID person = UUID.randomUUID();
		members.activate(new MemberActivation(person, "m-" + UUID.randomUUID() + "@test.integrance.fr", PASSWORD));

		assertThatThrownBy(() -> members
			.activate(new MemberActivation(person, "m-" + UUID.randomUUID() + "@test.integrance.fr", PASSWORD)))
			.isInstanceOf(IllegalStateException.class);
	}

	@Test
	void activationMessageNeverPrintsThePassword() {
		assertThat(new MemberActivation(UUID.randomUUID(), "a@b.fr", PASSWORD).toString()).doesNotContain(PASSWORD)
			.doesNotContain("a@b.fr");
	}

}
