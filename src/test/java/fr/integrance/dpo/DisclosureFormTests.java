package fr.integrance.dpo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import fr.integrance.contracts.IndividualContract;
import fr.integrance.identity.IdentityIntegrationTest;
import fr.integrance.identity.Role;
import fr.integrance.identity.TestAccounts;
import fr.integrance.people.PersonId;
import fr.integrance.privacy.ProcessingRegister;
import fr.integrance.testsupport.PeopleFixtures;
import fr.integrance.testsupport.WebSession;

/**
 * The DPO discloses data to a recipient through the form: only the fields of the
 * categories the register allows are offered, anything else is refused next to its field
 * in French, the file is handed over at once, and the log shows it.
 */
@IdentityIntegrationTest
class DisclosureFormTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	ProcessingRegister register;

	@Autowired
	ApplicationContext context;

	static final String PATH = "/dpo/communications/nouvelle";

	static Document page(MockHttpServletResponse response) throws UnsupportedEncodingException {
		assertThat(response.getStatus()).isEqualTo(200);
		return Jsoup.parse(response.getContentAsString());
	}

	@Test
	void onlyTheRegistersCategoriesAreOfferedAndAnythingElseIsRefusedBesideItsField() throws Exception {
		PeopleFixtures fixtures = new PeopleFixtures(context);
		PersonId person = fixtures.person("Communiquee", "Berthe", LocalDate.of(1962, 4, 2));
		IndividualContract contract = fixtures.activeContract(person, LocalDate.of(2024, 1, 1), List.of());
		String number = contract.memberNumber().value();
		WebSession dpo = accounts.signIn(new WebSession(mvc), accounts.account(Role.DPO));

		assertThat(page(dpo.get("/dpo/communications")).select("a[href='" + PATH + "']").text())
			.isEqualTo("Nouvelle communication");
		Document first = page(dpo.get(PATH));
		assertThat(first.select("h1").text()).isEqualTo("Communiquer des données à un destinataire");
		assertThat(first.select("input[name=champs]")).isEmpty();

		Document mismatch = page(dpo.get(PATH + "?destinataire=reinsurers&finalite=inconnue"));
		assertThat(mismatch.select("#finalite-error").text()).isEqualTo("Choisissez une finalité du registre.");

		Document second = page(dpo.get(PATH + "?destinataire=reinsurers&finalite=iadherent-member-changes"));
		Set<String> allowed = register.current().disclosable("reinsurers", "iadherent-member-changes");
		assertThat(second.select("input[name=champs]")).isNotEmpty()
			.allSatisfy(box -> assertThat(allowed).contains(box.attr("value").split("\\|")[1]));
		assertThat(second.select("input[name=champs][value='people|identification|lastName']")).hasSize(1);
		assertThat(second.select("input[name=champs][value='people|economic-financial|iban']")).isEmpty();
		assertThat(second.select("#requisition")).isEmpty();

		Document forged = page(dpo.post(PATH, "destinataire", "reinsurers", "finalite", "iadherent-member-changes",
				"baseLegale", "contract", "champs", "people|economic-financial|iban", "adherents", number));
		assertThat(forged.title()).startsWith("Erreur");
		assertThat(forged.select("#champs-error").text())
			.startsWith("Le registre ne permet pas de communiquer cette donnée à ce destinataire");
		assertThat(forged.select("#adherents").text()).isEqualTo(number);

		Document unknown = page(dpo.post(PATH, "destinataire", "reinsurers", "finalite", "iadherent-member-changes",
				"baseLegale", "contract", "champs", "people|identification|lastName", "adherents", "0000000000"));
		assertThat(unknown.select("#adherents-error").text()).contains("ne correspondent à aucun adhérent",
				"0000000000");
		assertThat(unknown.select("input[value='people|identification|lastName']").attr("checked")).isNotNull();

		Document noRequisition = page(
				dpo.post(PATH, "destinataire", "legal-authorities", "finalite", "iadherent-member-changes",
						"baseLegale", "contract", "champs", "people|identification|lastName", "adherents", number));
		assertThat(noRequisition.select("#requisition-error").text())
			.isEqualTo("Une communication à une autorité exige la référence de sa réquisition.");

		MockHttpServletResponse file = dpo.post(PATH, "destinataire", "legal-authorities", "finalite",
				"iadherent-member-changes", "baseLegale", "contract", "champs", "people|identification|lastName",
				"adherents", number, "requisition", "PV-2026-9090");
		assertThat(file.getStatus()).isEqualTo(200);
		assertThat(file.getContentType()).startsWith("text/csv");
		assertThat(file.getHeader("Content-Disposition")).startsWith("attachment").contains(".csv");
		assertThat(file.getContentAsString(StandardCharsets.UTF_8)).contains("people.lastName", "Communiquee")
			.doesNotContain("Berthe");

		assertThat(page(dpo.get("/dpo/communications")).select("#communications tbody tr").text())
			.contains("Réquisition n° PV-2026-9090");
	}

}
