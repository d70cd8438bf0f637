package fr.integrance.documents.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import fr.integrance.IntegrationTest;
import fr.integrance.contracts.NewRepresentation;
import fr.integrance.contracts.ProtectionMeasure;
import fr.integrance.contracts.Representations;
import fr.integrance.identity.Role;
import fr.integrance.identity.TestAccounts;
import fr.integrance.identity.TestAccounts.Created;
import fr.integrance.organisations.OrganisationId;
import fr.integrance.organisations.OrganisationKind;
import fr.integrance.people.PersonId;
import fr.integrance.platform.DateRange;
import fr.integrance.platform.FrenchDates;
import fr.integrance.requests.CaseFixtures;
import fr.integrance.testsupport.MutableClock;
import fr.integrance.testsupport.MutableClockConfiguration;
import fr.integrance.testsupport.PeopleFixtures;
import fr.integrance.testsupport.WebSession;

/**
 * The document pages of the three channels over MockMvc: each audience reaches its spaces
 * and nothing else (404), every bad input comes back in French next to its field with
 * nothing lost, downloads are streamed attachments that are never sniffed.
 */
@IntegrationTest
@AutoConfigureMockMvc
@TestPropertySource(properties = "app.demo-data.enabled=true")
@Import({ MutableClockConfiguration.class, TestAccounts.class, InMemoryDocumentSpaces.Configuration.class })
class DocumentPagesTests {

	static final String MEMBER = "/iadherent/documents";

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	MutableClock clock;

	@Autowired
	ApplicationContext context;

	@Autowired
	Representations representations;

	/**
	 * A member of the test's own (not the demo one: on PostgreSQL the demo person may
	 * have been written by another test context, under other keys).
	 */
	WebSession member() {
		PersonId person = new PeopleFixtures(context).person("Documents", "Claire", LocalDate.of(1985, 4, 2));
		return signIn(accounts.member(person.value()));
	}

	WebSession signIn(Created account) {
		clock.advance(Duration.ofSeconds(30));
		return accounts.signIn(new WebSession(mvc), account);
	}

	static Document page(MockHttpServletResponse response) throws Exception {
		return Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8));
	}

	MockHttpServletResponse upload(WebSession browser, String path, String fileName, byte[] content,
			String... namesAndValues) {
		var request = MockMvcRequestBuilders.multipart(path + "/depot")
			.file(new MockMultipartFile("file", fileName, "application/pdf", content));
		for (int i = 0; i < namesAndValues.length; i += 2) {
			request.param(namesAndValues[i], namesAndValues[i + 1]);
		}
		return browser.perform(request.with(csrf()));
	}

	static byte[] pdf() {
		return "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
	}

	@Test
	void memberWhenBadInputThenFrenchErrorsNextToTheFieldsAndNothingLost() throws Exception {
		WebSession browser = member();
		assertThat(browser.get(MEMBER).getStatus()).isEqualTo(200);
		Document english = page(browser.get(MEMBER + "?lang=en"));
		assertThat(english.select("h1").text()).isEqualTo("My documents");
		assertThat(page(browser.post(MEMBER + "/dossiers", "name", "", "parent", "")).select("#name-error").text())
			.isEqualTo("Enter the folder's name.");
		browser.get(MEMBER + "?lang=fr");

		Document blankFolder = page(browser.post(MEMBER + "/dossiers", "name", "  ", "parent", ""));
		assertThat(blankFolder.select("#name-error").text()).isEqualTo("Indiquez le nom du dossier.");

		Document controlFolder = page(browser.post(MEMBER + "/dossiers", "name", "Mutuelle\u0007", "parent", ""));
		assertThat(controlFolder.select("#name-error").text()).contains("caractères non autorisés");
		assertThat(controlFolder.select("#name").attr("value")).isEqualTo("Mutuelle\u0007");

		Document noFile = page(browser.perform(MockMvcRequestBuilders.multipart(MEMBER + "/depot")
			.param("title", "Attestation")
			.param("alertDate", "31/02/2026")
			.with(csrf())));
		assertThat(noFile.select("#file-error").text()).isEqualTo("Choisissez un fichier.");
		assertThat(noFile.select("#alertDate-error").text()).contains("Saisissez une date valide");
		assertThat(noFile.select("#title").attr("value")).isEqualTo("Attestation");

		Document refused = page(upload(browser, MEMBER, "virus.exe", pdf(), "title", "Programme"));
		assertThat(refused.select("#file-error").text()).contains("Ce type de fichier n’est pas accepté");

		Document tooBig = page(upload(browser, MEMBER, "gros.pdf", new byte[(int) InMemoryDocumentSpaces.QUOTA + 1]));
		assertThat(tooBig.select("#file-error").text().replace('\u00a0', ' '))
			.contains("L’espace de documents est plein", "1 Mo");

		Document controlTitle = page(
				upload(browser, MEMBER, "a.pdf", pdf(), "title", "Titre\u001b", "description", "Deux\nlignes"));
		assertThat(controlTitle.select("#title-error").text()).contains("caractères non autorisés");
		assertThat(controlTitle.select("#description").text()).isEqualTo("Deux\nlignes");
		assertThat(controlTitle.select("#description-error")).isEmpty();
	}

	@Test
	void memberUploadsCommentsDatesDownloadsAndDeletes() throws Exception {
		WebSession browser = member();
		MockHttpServletResponse created = browser.post(MEMBER + "/dossiers", "name", "Santé", "parent", "");
		assertThat(created.getRedirectedUrl()).startsWith(MEMBER + "?dossier=");
		String folder = created.getRedirectedUrl().substring((MEMBER + "?dossier=").length());

		LocalDate today = FrenchDates.today(clock);
		MockHttpServletResponse uploaded = upload(browser, MEMBER, "attestation été.pdf", pdf(), "title", "", "folder",
				folder, "reminderDate", today.toString());
		assertThat(uploaded.getRedirectedUrl()).startsWith(MEMBER + "/");
		String document = uploaded.getRedirectedUrl();

		Document details = page(browser.get(document));
		assertThat(details.select("h1").text()).isEqualTo("attestation été");
		assertThat(details.select(".flash-success").text()).isEqualTo("Le document est ajouté.");

		Document emptyComment = page(browser.post(document + "/commentaires", "text", " "));
		assertThat(emptyComment.select("#text-error").text()).isEqualTo("Écrivez le commentaire.");
		assertThat(browser.post(document + "/commentaires", "text", "À renouveler en mars").getRedirectedUrl())
			.isEqualTo(document + "#commentaires");
		Document commented = page(browser.get(document));
		assertThat(commented.select(".comment .free-text").text()).isEqualTo("À renouveler en mars");

		Document badDates = page(
				browser.post(document + "/dates", "alertDate", "demain", "reminderDate", "3000-01-01"));
		assertThat(badDates.select("#alertDate-error").text()).contains("Saisissez une date valide");
		assertThat(badDates.select("#reminderDate-error").text()).contains("entre 1900 et 2199");

		Document emptyTitle = page(
				browser.post(document + "/modification", "title", "", "description", "", "folder", folder));
		assertThat(emptyTitle.select("#title-error").text()).isEqualTo("Indiquez le titre du document.");
		Document unknownFolder = page(browser.post(document + "/modification", "title", "Attestation", "description",
				"", "folder", UUID.randomUUID().toString()));
		assertThat(unknownFolder.select("#folder-error").text()).isEqualTo("Choisissez un dossier de la liste.");

		Document home = page(browser.get("/iadherent"));
		assertThat(home.select(".notice-list").text()).contains("Rappel du", "attestation été");
		assertThat(home.select("a[href=/iadherent/documents]")).isNotEmpty();

		MockHttpServletResponse file = browser.get(document + "/fichier");
		assertThat(file.getStatus()).isEqualTo(200);
		assertThat(file.getContentAsByteArray()).isEqualTo(pdf());
		assertThat(file.getHeader("Content-Disposition")).startsWith("attachment;")
			.contains("filename*=UTF-8''attestation%20%C3%A9t%C3%A9.pdf");
		assertThat(file.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(browser.get(document + "/fichier?version=7").getStatus()).isEqualTo(404);
		assertThat(browser.get(document + "/apercu").getStatus()).isEqualTo(204);

		assertThat(page(browser.get(document + "/suppression")).select("h1").text()).contains("Supprimer");
		assertThat(browser.post(document + "/suppression").getRedirectedUrl()).isEqualTo(MEMBER + "?dossier=" + folder);
		assertThat(browser.get(document).getStatus()).isEqualTo(404);
		assertThat(browser.post(MEMBER + "/dossiers/" + folder + "/suppression").getRedirectedUrl()).isEqualTo(MEMBER);
	}

	@Test
	void memberWhenUnknownOrMalformedIdsThenNotFound() {
		WebSession browser = member();
		assertThat(browser.get(MEMBER + "/" + UUID.randomUUID()).getStatus()).isEqualTo(404);
		assertThat(browser.get(MEMBER + "/pas-un-id").getStatus()).isEqualTo(404);
		assertThat(browser.get(MEMBER + "?dossier=" + UUID.randomUUID()).getStatus()).isEqualTo(404);
		assertThat(browser.get(MEMBER + "/" + UUID.randomUUID() + "/fichier").getStatus()).isEqualTo(404);
		assertThat(browser.post(MEMBER + "/dossiers/" + UUID.randomUUID() + "/renommage", "name", "x").getStatus())
			.isEqualTo(404);
	}

	@Test
	void guardianAgentReachesOnlyTheOrganisationsProtectedAdults() throws Exception {
		OrganisationId mine = accounts.organisation(OrganisationKind.GUARDIAN_SERVICE);
		OrganisationId other = accounts.organisation(OrganisationKind.GUARDIAN_SERVICE);
		PeopleFixtures people = new PeopleFixtures(context);
		PersonId adult = people.person("Protégé", "Lucien", LocalDate.of(1950, 2, 3));
		PersonId foreign = people.person("Étranger", "Paul", LocalDate.of(1952, 5, 6));
		LocalDate start = FrenchDates.today(clock).minusYears(1);
		representations.create(new NewRepresentation(mine.value(), adult, ProtectionMeasure.TUTELLE,
				DateRange.from(start), "RG 24/001"));
		representations.create(new NewRepresentation(other.value(), foreign, ProtectionMeasure.CURATELLE_SIMPLE,
				DateRange.from(start), "RG 24/002"));
		WebSession agent = signIn(accounts.account(Role.GUARDIAN_AGENT, mine, false));

		Document home = page(agent.get("/itutelle"));
		assertThat(home.select(".protected-adults a").text()).isEqualTo("Documents de Lucien Protégé");
		String path = "/itutelle/majeurs/" + adult.value() + "/documents";
		assertThat(home.select(".protected-adults a").attr("href")).isEqualTo(path);

		Document space = page(agent.get(path));
		assertThat(space.select("h1").text()).isEqualTo("Documents de Lucien Protégé");
		assertThat(upload(agent, path, "jugement.pdf", pdf()).getRedirectedUrl()).startsWith(path + "/");

		assertThat(agent.get("/itutelle/majeurs/" + foreign.value() + "/documents").getStatus()).isEqualTo(404);
		assertThat(agent.get("/itutelle/majeurs/" + UUID.randomUUID() + "/documents").getStatus()).isEqualTo(404);
		assertThat(upload(agent, "/itutelle/majeurs/" + foreign.value() + "/documents", "a.pdf", pdf()).getStatus())
			.isEqualTo(404);
		assertThat(agent.get("/iadherent/documents").getStatus()).isEqualTo(403);
		assertThat(agent.get("/gestion/personnes/" + adult.value() + "/documents").getStatus()).isEqualTo(403);
	}

	@Test
	void staffOpensThePersonsAndTheCasesSpaces() throws Exception {
		PersonId person = new PeopleFixtures(context).person("Dossier", "Anne", LocalDate.of(1980, 1, 1));
		WebSession staff = signIn(accounts.account(Role.STAFF));
		String path = "/gestion/personnes/" + person.value() + "/documents";

		assertThat(page(staff.get(path)).select("h1").text()).isEqualTo("Documents de Anne Dossier");
		assertThat(page(staff.get("/gestion/personnes/" + person.value())).select("a[href=" + path + "]")).isNotEmpty();
		assertThat(staff.get("/gestion/personnes/" + UUID.randomUUID() + "/documents").getStatus()).isEqualTo(404);

		String caseId = CaseFixtures.subscriptionWithFile(context).caseId().value().toString();
		String casePath = "/gestion/demandes/" + caseId + "/documents";
		assertThat(staff.get(casePath).getStatus()).isEqualTo(200);
		assertThat(page(staff.get("/gestion/demandes/" + caseId)).select("a[href=" + casePath + "]")).isNotEmpty();
		assertThat(staff.get("/gestion/demandes/" + UUID.randomUUID() + "/documents").getStatus()).isEqualTo(404);
		assertThat(staff.get("/iadherent/documents").getStatus()).isEqualTo(403);
	}

	@Test
	void anonymousWhenDocumentPagesThenSignIn() {
		WebSession visitor = new WebSession(mvc);
		for (String path : new String[] { MEMBER, "/itutelle/majeurs/" + UUID.randomUUID() + "/documents",
				"/gestion/personnes/" + UUID.randomUUID() + "/documents" }) {
			assertThat(visitor.get(path).getRedirectedUrl()).as(path).endsWith("/connexion");
		}
	}

}
