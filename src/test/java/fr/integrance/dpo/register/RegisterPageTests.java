package fr.integrance.dpo.register;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import fr.integrance.dpo.DpoPages;
import fr.integrance.identity.IdentityIntegrationTest;
import fr.integrance.identity.Role;
import fr.integrance.identity.TestAccounts;
import fr.integrance.privacy.ProcessingRegister;
import fr.integrance.privacy.Register;
import fr.integrance.privacy.RegisterLint;
import fr.integrance.testsupport.WebSession;

/**
 * The register as a page: every purpose with its anchor and its resolved labels, the
 * cookies, the rights, the notice version and the lint findings.
 */
@IdentityIntegrationTest
class RegisterPageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	ProcessingRegister register;

	@Autowired
	RegisterLint lint;

	WebSession dpo;

	@BeforeEach
	void signIn() {
		dpo = accounts.signIn(new WebSession(mvc), accounts.account(Role.DPO));
	}

	@Test
	void everyPurposeHasItsAnchorWithLabelsNotIds() {
		Register current = register.current();
		Document page = DpoPages.page(dpo, "/dpo/registre");

		assertThat(page.select("h1").text()).isEqualTo("Registre des traitements");
		for (Register.Purpose purpose : current.purposes()) {
			assertThat(page.getElementById(purpose.id())).as(purpose.id()).isNotNull();
			assertThat(page.select("a[href=#" + purpose.id() + "]")).as("link to " + purpose.id()).isNotEmpty();
		}
		Register.Purpose first = current.purposes().get(0);
		String firstText = page.getElementById(first.id()).text();
		assertThat(firstText).contains(first.label());
		String basis = current.legalBasis(first.legalBases().get(0)).orElseThrow().label();
		assertThat(firstText).contains(basis);
		assertThat(page.select("#cookies li").size()).isEqualTo(current.cookies().size());
		assertThat(page.select("#droits dt").size()).isEqualTo(current.rights().size());
		assertThat(page.select("#version").text()).contains(current.policy().version());
		assertThat(page.select("#responsable").text()).contains(current.dpo().email());
	}

	@Test
	void lintFindingsAreShownInFrench() {
		Document page = DpoPages.page(dpo, "/dpo/registre");
		if (lint.warnings().isEmpty()) {
			assertThat(page.select("#constats").text()).contains("Aucun point d’attention");
		}
		else {
			assertThat(page.select("#constats .dpo-finding")).hasSize(lint.warnings().size());
			assertThat(page.select("#constats").text()).contains(lint.warnings().get(0).subject());
		}
	}

	@Test
	void staffIsRefused() {
		WebSession staff = accounts.signIn(new WebSession(mvc), accounts.account(Role.STAFF));
		assertThat(staff.get("/dpo/registre").getStatus()).isEqualTo(403);
	}

}
