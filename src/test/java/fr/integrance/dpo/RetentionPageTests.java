package fr.integrance.dpo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import fr.integrance.identity.IdentityIntegrationTest;
import fr.integrance.identity.Role;
import fr.integrance.identity.TestAccounts;
import fr.integrance.retention.RetentionHold;
import fr.integrance.retention.RetentionHolds;
import fr.integrance.testsupport.WebSession;

/**
 * The DPO's retention page: the « past retention » figure per rule, the dry run, the
 * sweep journal, and the holds placed and lifted, with French errors next to the fields
 * and nothing typed lost.
 */
@IdentityIntegrationTest
class RetentionPageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	RetentionHolds holds;

	static Document page(MockHttpServletResponse response) throws Exception {
		assertThat(response.getStatus()).isEqualTo(200);
		return Jsoup.parse(response.getContentAsString());
	}

	@Test
	void theDpoSeesTheFiguresSweepsAndPlacesAndLiftsAHold() throws Exception {
		WebSession dpo = accounts.signIn(new WebSession(mvc), accounts.account(Role.DPO));
		Document shown = page(dpo.get("/dpo/conservation"));
		assertThat(shown.select("h1").text()).isEqualTo("Conservation des données");
		assertThat(shown.select("nav a[href=/dpo/conservation]")).isNotEmpty();
		assertThat(shown.select("#regles tbody tr[data-rule=prospect-3y]")).hasSize(1);
		assertThat(shown.select("#regles tbody tr[data-rule=member-contract-6y] th").text())
			.isEqualTo("Adhérent : durée de vie du contrat plus 6 ans");

		MockHttpServletResponse swept = dpo.post("/dpo/conservation/balayage");
		assertThat(swept.getRedirectedUrl()).isEqualTo("/dpo/conservation");
		Document after = page(dpo.get("/dpo/conservation"));
		assertThat(after.select("#depassement-total").attr("data-total")).isEqualTo("0");
		assertThat(after.select("#balayages article.sweep")).isNotEmpty()
			.allSatisfy(a -> assertThat(a.attr("data-status")).isEqualTo("DONE"));
		assertThat(after.text()).contains("Balayage terminé");

		Document refused = page(dpo.post("/dpo/conservation/suspensions", "subject", "pas une adresse", "reason", "",
				"endsOn", "31/02/2030"));
		assertThat(refused.select("#subject-error").text())
			.isEqualTo("Indiquez l’identifiant d’une personne ou une adresse électronique.");
		assertThat(refused.select("#reason-error").text()).isEqualTo("Choisissez le motif de la suspension.");
		assertThat(refused.select("#endsOn-error").text()).isEqualTo("Indiquez une date valide (jj/mm/aaaa).");
		assertThat(refused.select("#subject").val()).isEqualTo("pas une adresse");

		UUID person = UUID.randomUUID();
		MockHttpServletResponse placed = dpo.post("/dpo/conservation/suspensions", "subject", person.toString(),
				"reason", "LITIGATION", "endsOn", "");
		assertThat(placed.getRedirectedUrl()).isEqualTo("/dpo/conservation");
		RetentionHold hold = holds.inForce()
			.stream()
			.filter(h -> h.subjectRef().equals(person.toString()))
			.findFirst()
			.orElseThrow();
		Document held = page(dpo.get("/dpo/conservation"));
		assertThat(held.select("#suspensions li[data-hold=" + hold.id() + "]").text()).contains("Contentieux",
				"jusqu’à sa levée");

		dpo.post("/dpo/conservation/suspensions/levee", "suspension", hold.id().toString());
		assertThat(holds.inForce()).noneMatch(h -> h.id().equals(hold.id()));
		assertThat(page(dpo.get("/dpo/conservation")).text()).contains("La suspension est levée.");
	}

	@Test
	void anotherRoleIsRefused() throws Exception {
		WebSession staff = accounts.signIn(new WebSession(mvc), accounts.account(Role.STAFF));
		assertThat(staff.get("/dpo/conservation").getStatus()).isEqualTo(403);
		assertThat(new WebSession(mvc).get("/dpo/conservation").getStatus()).isEqualTo(302);
	}

}
