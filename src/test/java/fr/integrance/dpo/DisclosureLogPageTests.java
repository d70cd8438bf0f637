package fr.integrance.dpo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.UnsupportedEncodingException;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import fr.integrance.disclosure.Disclosure;
import fr.integrance.disclosure.DisclosureOrder;
import fr.integrance.disclosure.Disclosures;
import fr.integrance.disclosure.FieldRef;
import fr.integrance.identity.IdentityIntegrationTest;
import fr.integrance.identity.Role;
import fr.integrance.identity.TestAccounts;
import fr.integrance.privacy.DataSubjectRef;
import fr.integrance.testsupport.PeopleFixtures;
import fr.integrance.testsupport.WebSession;

/**
 * The DPO reads the disclosure log: recipient, purpose and legal basis, categories and
 * fields, people and records, requisition or transfer safeguard; filtered by recipient.
 */
@IdentityIntegrationTest
class DisclosureLogPageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	Disclosures disclosures;

	@Autowired
	ApplicationContext context;

	static Document page(MockHttpServletResponse response) throws UnsupportedEncodingException {
		assertThat(response.getStatus()).isEqualTo(200);
		return Jsoup.parse(response.getContentAsString());
	}

	@Test
	void theDpoReadsWhatWentToWhomWithoutAnyPersonalData() throws Exception {
		DataSubjectRef subject = DataSubjectRef
			.person(new PeopleFixtures(context).person("Journalisee", "Ines", LocalDate.of(1981, 6, 7)).value());
		Disclosure sent = disclosures.disclose(new DisclosureOrder("legal-authorities", "iadherent-member-changes",
				"contract", List.of(new FieldRef("people", "identification", "lastName")), List.of(subject),
				UUID.randomUUID(), "PV-2026-4471", null, null));
		WebSession dpo = accounts.signIn(new WebSession(mvc), accounts.account(Role.DPO));

		Document all = page(dpo.get("/dpo/communications"));
		assertThat(all.select("h1").text()).isEqualTo("Communications aux destinataires");
		assertThat(all.select("nav a[href=/dpo/communications]")).isNotEmpty();
		Element row = all.select("#communications tbody tr")
			.stream()
			.filter(tr -> tr.text().contains("PV-2026-4471"))
			.findFirst()
			.orElseThrow();
		assertThat(row.text())
			.contains("Autorités légales ou réglementaires", "Données d’identification", "people.lastName",
					"Réquisition n° PV-2026-4471", "1 personne(s), 1 enregistrement(s)")
			.doesNotContain("Journalisee");
		assertThat(sent.records()).isEqualTo(1);

		Document filtered = page(dpo.get("/dpo/communications?destinataire=reinsurers"));
		assertThat(filtered.select("#destinataire option[selected]").attr("value")).isEqualTo("reinsurers");
		assertThat(filtered.text()).doesNotContain("PV-2026-4471");
		assertThat(page(dpo.get("/dpo/communications?destinataire=inconnu&page=abc")).text()).contains("PV-2026-4471");
	}

}
